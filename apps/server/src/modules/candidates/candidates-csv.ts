import type { CandidateImport } from '@netra/contracts';
import { CandidateImportSchema } from '@netra/contracts';
import { parse } from 'csv-parse/sync';
import { AppError } from '../../lib/app-error';

/**
 * CSV import of candidate pairs: one line per pair attribute, columns
 * `pemilihan,nomor_urut,jenis,platform,nilai` where `jenis` is one of
 * calon, wakil, partai, koalisi (pair fields), akun_resmi, akun_tim_kampanye, grup (accounts, with
 * platform), nama, nama_panggilan, slogan, tagar, frasa_nomor (lexicon). Small files (a handful of
 * pairs), so parsed whole.
 */
export function candidatesFromCsv(text: string): CandidateImport {
  let rows: Record<string, string>[];
  try {
    rows = parse<Record<string, string>>(text, {
      bom: true,
      columns: true,
      relax_column_count: true,
      skip_empty_lines: true,
      trim: true,
      // Decided on the header: values (names with titles) may contain commas.
      delimiter: (text.split(/\r?\n/, 1)[0] ?? '').includes(';') ? ';' : ',',
    });
  } catch (e) {
    throw new AppError('common.validation_failed', {
      fields: [
        { field: 'csv', message: `CSV tidak valid / invalid CSV: ${(e as Error).message.slice(0, 200)}` },
      ],
    });
  }
  const pairs = new Map<
    string,
    Record<string, unknown> & {
      accounts: unknown[];
      lexicon: unknown[];
      nicknames: string[];
      parties: string[];
    }
  >();
  const problems: { field: string; message: string }[] = [];
  rows.forEach((r, i) => {
    const key = `${r.pemilihan}|${r.nomor_urut}`;
    const pair = pairs.get(key) ?? {
      electionId: r.pemilihan,
      ballotNumber: r.nomor_urut,
      name: '',
      accounts: [],
      lexicon: [],
      nicknames: [],
      parties: [],
    };
    pairs.set(key, pair);
    const v = r.nilai ?? '';
    const termKinds: Record<string, string> = {
      nama: 'name',
      nama_panggilan: 'nickname',
      slogan: 'slogan',
      tagar: 'hashtag',
      frasa_nomor: 'number_phrase',
    };
    const accountKinds: Record<string, string> = {
      akun_resmi: 'official',
      akun_tim_kampanye: 'campaign_team',
      grup: 'group',
    };
    const jenis = (r.jenis ?? '').toLowerCase();
    if (jenis === 'calon') pair.name = v;
    else if (jenis === 'wakil') pair.runningMateName = v;
    else if (jenis === 'partai') pair.parties.push(v);
    else if (jenis === 'koalisi') pair.coalitionName = v;
    else if (termKinds[jenis]) {
      pair.lexicon.push({ kind: termKinds[jenis], term: v });
      if (jenis === 'nama_panggilan') pair.nicknames.push(v);
    } else if (accountKinds[jenis])
      pair.accounts.push({ platform: r.platform, kind: accountKinds[jenis], handle: v });
    else
      problems.push({
        field: `baris ${i + 1}.jenis`,
        message: `Jenis tidak dikenal / unknown kind "${jenis.slice(0, 30)}"`,
      });
  });
  if (problems.length > 0) throw new AppError('common.validation_failed', { fields: problems });
  const parsed = CandidateImportSchema.safeParse({ candidates: [...pairs.values()] });
  if (!parsed.success)
    throw new AppError('common.validation_failed', {
      fields: parsed.error.issues.map((i) => ({ field: i.path.join('.'), message: i.message })),
    });
  return parsed.data;
}
