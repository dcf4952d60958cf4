import { PassThrough, type Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import type { AppealDistributionService } from './distribution.service';

type Coverage = Awaited<ReturnType<AppealDistributionService['coverageOf']>>;

const HEADERS = {
  agency: 'Instansi',
  region: 'Wilayah',
};
const COLUMNS = [
  'Terkirim',
  'Dibuka',
  'Dibuka (%)',
  'Dikonfirmasi',
  'Dikonfirmasi (%)',
  'Pakta integritas',
  'Pakta integritas (%)',
];

const valuesOf = (r: Coverage['totals']) => [
  r.sent,
  r.opened,
  r.openedPercent,
  r.acknowledged,
  r.acknowledgedPercent,
  r.pledged,
  r.pledgedPercent,
];

/** Coverage as rows: one per agency or region, then the total. Counts only, no personal data. */
export function coverageRows(coverage: Coverage): (string | number)[][] {
  return [
    [HEADERS[coverage.by], ...COLUMNS],
    ...coverage.items.map((r) => [r.name, ...valuesOf(r)]),
    ['Jumlah', ...valuesOf(coverage.totals)],
  ];
}

export async function coverageXlsx(coverage: Coverage, title: string): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Netra';
  const sheet = workbook.addWorksheet('Cakupan');
  sheet.addRow([title]).font = { bold: true };
  const rows = coverageRows(coverage);
  sheet.addRow(rows[0]!).font = { bold: true };
  for (const row of rows.slice(1)) sheet.addRow(row);
  sheet.getColumn(1).width = 50;
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

const csvCell = (v: string | number) => {
  const text = String(v);
  // A leading =, +, - or @ would be a formula in a spreadsheet: quoted with an apostrophe.
  const safe = /^[=+\-@]/.test(text) ? `'${text}` : text;
  return /[",\n;]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
};

export function coverageCsv(coverage: Coverage): string {
  return `\ufeff${coverageRows(coverage)
    .map((r) => r.map(csvCell).join(','))
    .join('\r\n')}\r\n`;
}

/** The per-ASN workbook, written row by row to a stream (national appeals have many targets). */
export function peopleXlsxStream(
  pages: () => AsyncGenerator<
    {
      nip: string;
      full_name: string;
      agency_name: string;
      asn_type: string;
      region_name: string | null;
      region_code: string;
      opened_at: Date | null;
      acknowledged_at: Date | null;
      acknowledged_via: string | null;
      pledged_at: Date | null;
    }[]
  >,
): Readable {
  const out = new PassThrough();
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: false });
  const sheet = workbook.addWorksheet('ASN');
  const iso = (d: Date | null) => d?.toISOString() ?? '';
  void (async () => {
    sheet
      .addRow([
        'NIP',
        'Nama',
        'Instansi',
        'Jenis',
        'Wilayah',
        'Dibuka',
        'Dikonfirmasi',
        'Melalui',
        'Pakta integritas',
      ])
      .commit();
    for await (const page of pages())
      for (const p of page)
        sheet
          .addRow([
            p.nip,
            p.full_name,
            p.agency_name,
            p.asn_type,
            p.region_name ?? p.region_code,
            iso(p.opened_at),
            iso(p.acknowledged_at),
            p.acknowledged_via ?? '',
            iso(p.pledged_at),
          ])
          .commit();
    sheet.commit();
    await workbook.commit();
  })().catch((error: unknown) => out.destroy(error instanceof Error ? error : new Error('export failed')));
  return out;
}
