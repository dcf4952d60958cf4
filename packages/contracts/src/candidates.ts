// DTOs of candidate pairs, their registered accounts and lexicon.
import { z } from 'zod';

export const CANDIDATE_ACCOUNT_KINDS = ['official', 'campaign_team', 'group'] as const;
export const LEXICON_KINDS = ['name', 'nickname', 'slogan', 'hashtag', 'number_phrase'] as const;
/** KPU: at most 20 registered accounts per platform for each candidate pair. */
export const MAX_ACCOUNTS_PER_PLATFORM = 20;

const handle = z
  .string()
  .trim()
  .min(1)
  .max(200)
  .transform((h) => h.replace(/^@/, '').toLowerCase());

export const CandidateAccountInputSchema = z.object({
  platform: z.string().trim().toLowerCase().min(1).max(64),
  kind: z.enum(CANDIDATE_ACCOUNT_KINDS),
  handle,
  accountId: z.string().trim().min(1).max(200).optional(),
  displayName: z.string().trim().max(200).optional(),
  profileUrl: z.url().max(2048).optional(),
});
export type CandidateAccountInput = z.infer<typeof CandidateAccountInputSchema>;

export const LexiconTermInputSchema = z.object({
  kind: z.enum(LEXICON_KINDS),
  term: z.string().trim().min(2).max(200),
});
export type LexiconTermInput = z.infer<typeof LexiconTermInputSchema>;

export const CandidateInputSchema = z.object({
  electionId: z.string().trim().min(1).max(100),
  ballotNumber: z.coerce.number().int().min(1).max(99),
  name: z.string().trim().min(2).max(200),
  runningMateName: z.string().trim().max(200).optional(),
  nicknames: z.array(z.string().trim().min(2).max(100)).max(20).default([]),
  parties: z.array(z.string().trim().min(1).max(100)).max(30).default([]),
  coalitionName: z.string().trim().max(200).optional(),
});
export type CandidateInput = z.infer<typeof CandidateInputSchema>;

/** Import file (JSON): candidate pairs with their accounts and lexicon; re-import replaces them. */
export const CandidateImportSchema = z.object({
  candidates: z
    .array(
      CandidateInputSchema.extend({
        accounts: z.array(CandidateAccountInputSchema).default([]),
        lexicon: z.array(LexiconTermInputSchema).default([]),
      }),
    )
    .min(1)
    .max(100),
});
export type CandidateImport = z.infer<typeof CandidateImportSchema>;

export const CandidateSchema = z.object({
  id: z.uuid(),
  electionId: z.string(),
  regionCode: z.string(),
  ballotNumber: z.number().int(),
  name: z.string(),
  runningMateName: z.string().nullable(),
  nicknames: z.array(z.string()),
  parties: z.array(z.string()),
  coalitionName: z.string().nullable(),
  accounts: z.array(
    CandidateAccountInputSchema.omit({ handle: true }).extend({ id: z.uuid(), handle: z.string() }),
  ),
  lexicon: z.array(z.object({ id: z.uuid(), kind: z.enum(LEXICON_KINDS), term: z.string() })),
});
export type Candidate = z.infer<typeof CandidateSchema>;
