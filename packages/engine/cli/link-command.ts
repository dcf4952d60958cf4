import { estimateLinkModel, linkAccount } from '../src/linkage/link-accounts.js';
import { buildRegistryIndex } from '../src/linkage/registry-index.js';
import type { Account, Band, RegistryRecord, StaffDecision } from '../src/linkage/types.js';
import { LineErrors, openOutput, readRecords, text, type LineError } from './io.js';

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
  /** Bad lines, all counted; the first 1,000 kept with file, line and reason. */
  errorCount: number;
  errors: LineError[];
  lambda: number;
  ms: number;
}

export async function runLinkCommand(opts: LinkCommandOptions): Promise<LinkCommandSummary> {
  const t0 = performance.now();
  const errors = new LineErrors();
  const records: RegistryRecord[] = [];
  for await (const { line, fields: r } of readRecords(opts.registry, errors)) {
    if (!text(r.nip) || !text(r.fullName)) {
      errors.add(opts.registry, line, 'missing nip or fullName');
      continue;
    }
    records.push({
      nip: text(r.nip),
      fullName: text(r.fullName),
      agency: text(r.agency) || undefined,
      unit: text(r.unit) || undefined,
      position: text(r.position) || undefined,
      regionCode: text(r.regionCode) || undefined,
      regionName: text(r.regionName) || undefined,
    });
  }
  // Both files are held in memory on purpose: the registry index needs every record, and the
  // model's m and ρ are estimated (EM) from the accounts before any is linked. At the Riau size
  // (190k × 200k) that is about 2.5 GiB; the output is still streamed.
  const accounts: Account[] = [];
  for await (const { line, fields: a } of readRecords(opts.accounts, errors)) {
    if (!text(a.id)) {
      errors.add(opts.accounts, line, 'missing id');
      continue;
    }
    accounts.push({
      id: text(a.id),
      displayName: text(a.displayName),
      username: text(a.username) || undefined,
      bio: text(a.bio) || undefined,
      location: text(a.location) || undefined,
    });
  }
  const decisions: StaffDecision[] = [];
  if (opts.decisions) {
    for await (const { line, fields: d } of readRecords(opts.decisions, errors)) {
      const decision = text(d.decision);
      if (text(d.accountId) && text(d.nip) && (decision === 'link' || decision === 'reject'))
        decisions.push({ accountId: text(d.accountId), nip: text(d.nip), decision });
      else errors.add(opts.decisions, line, 'decision needs accountId, nip, decision=link|reject');
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
    errorCount: errors.count,
    errors: errors.first,
    lambda: model.fs.lambda,
    ms: performance.now() - t0,
  };
}
