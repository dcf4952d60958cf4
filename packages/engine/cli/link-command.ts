import { estimateLinkModel, linkAccount } from '../src/linkage/link-accounts.js';
import { buildRegistryIndex } from '../src/linkage/registry-index.js';
import type { Account, Band, RegistryRecord, StaffDecision } from '../src/linkage/types.js';
import { openOutput, readRecords, type LineError } from './io.js';

export interface LinkCommandOptions {
  /** Registry CSV/NDJSON: nip, fullName, agency, unit, position, regionCode, regionName. */
  registry: string;
  /** Accounts CSV/NDJSON: id, displayName, username, bio, location. */
  accounts: string;
  /** NDJSON output of AccountLinkResult; stdout when absent. */
  out?: string;
  /** Staff decisions CSV/NDJSON: accountId, nip, decision (link|reject). */
  decisions?: string;
  autoFlag?: number;
  review?: number;
  topK?: number;
  /** Print the final summary as JSON (else a human line). */
  json?: boolean;
  onProgress?: (message: string) => void;
}

export interface LinkCommandSummary {
  registry: number;
  accounts: number;
  bands: Record<Band, number>;
  errors: LineError[];
  lambda: number;
  ms: number;
}

export async function runLinkCommand(opts: LinkCommandOptions): Promise<LinkCommandSummary> {
  const t0 = performance.now();
  const errors: LineError[] = [];
  const records: RegistryRecord[] = [];
  for await (const r of readRecords(opts.registry, errors)) {
    if (!r.nip || !r.fullName) {
      errors.push({ file: opts.registry, line: records.length + 2, reason: 'missing nip or fullName' });
      continue;
    }
    records.push({
      nip: String(r.nip),
      fullName: String(r.fullName),
      agency: r.agency,
      unit: r.unit,
      position: r.position,
      regionCode: r.regionCode,
      regionName: r.regionName,
    });
  }
  const accounts: Account[] = [];
  for await (const a of readRecords(opts.accounts, errors)) {
    if (!a.id) {
      errors.push({ file: opts.accounts, line: accounts.length + 2, reason: 'missing id' });
      continue;
    }
    accounts.push({
      id: String(a.id),
      displayName: String(a.displayName ?? ''),
      username: a.username,
      bio: a.bio,
      location: a.location,
    });
  }
  const decisions: StaffDecision[] = [];
  if (opts.decisions) {
    for await (const d of readRecords(opts.decisions, errors)) {
      if (d.accountId && d.nip && (d.decision === 'link' || d.decision === 'reject'))
        decisions.push({ accountId: d.accountId, nip: d.nip, decision: d.decision });
      else
        errors.push({
          file: opts.decisions,
          line: 0,
          reason: 'decision needs accountId, nip, decision=link|reject',
        });
    }
  }
  opts.onProgress?.(`loaded ${records.length} registry records, ${accounts.length} accounts`);
  const index = buildRegistryIndex(records);
  const model = estimateLinkModel(index, accounts, { decisions });
  opts.onProgress?.(`model estimated (prior ${model.fs.lambda.toFixed(4)}, ${model.pairsUsed} pairs)`);
  const out = openOutput(opts.out);
  const bands: Record<Band, number> = { auto_flag: 0, review: 0, ignore: 0 };
  accounts.forEach((a, i) => {
    const r = linkAccount(a, index, model, {
      autoFlag: opts.autoFlag,
      review: opts.review,
      topK: opts.topK,
      decisions,
    });
    bands[r.band]++;
    out.write(r);
    if ((i + 1) % 10_000 === 0) opts.onProgress?.(`${i + 1}/${accounts.length} accounts linked`);
  });
  await out.close();
  return {
    registry: records.length,
    accounts: accounts.length,
    bands,
    errors,
    lambda: model.fs.lambda,
    ms: performance.now() - t0,
  };
}
