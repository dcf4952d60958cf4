import { createRequire } from 'node:module';
import path from 'node:path';
import pdfmake from 'pdfmake';
import type { TDocumentDefinitions } from 'pdfmake/interfaces';

// pdfmake's bundled Roboto, read from its own folder only; no other file or URL may be loaded.
const require = createRequire(import.meta.url);
const ROBOTO = require('pdfmake/fonts/Roboto.js') as { Roboto: Record<string, string> };
const FONT_DIR = path.dirname(require.resolve('pdfmake/fonts/Roboto.js'));
pdfmake.setFonts(ROBOTO);
pdfmake.setUrlAccessPolicy(() => false);
pdfmake.setLocalAccessPolicy((file) => path.resolve(file).startsWith(FONT_DIR + path.sep));

export type ReceiptContent = {
  receiptCode: string;
  receivedAt: string; // already formatted in the case's time zone
  formCode: string | null;
  summary: string;
  reportedParty: string;
  place: string;
  regionName: string;
  occurredOn: string;
  knownOn: string;
  evidenceCount: number;
  withinWindow: boolean;
  windowExplanation: string;
};

/** Tanda bukti penerimaan laporan. Deliberately without the reporter's NIK, address or phone. */
export async function renderReceiptPdf(c: ReceiptContent): Promise<Buffer> {
  const row = (label: string, value: string) => [{ text: label, bold: true }, value];
  const doc: TDocumentDefinitions = {
    info: { title: `Tanda Terima ${c.receiptCode}`, creator: 'Netra' },
    defaultStyle: { font: 'Roboto', fontSize: 10 },
    content: [
      ...(c.formCode
        ? [{ text: `Formulir Model ${c.formCode}`, alignment: 'right' as const, fontSize: 8 }]
        : []),
      {
        text: 'TANDA BUKTI PENERIMAAN LAPORAN',
        bold: true,
        fontSize: 14,
        alignment: 'center',
        margin: [0, 0, 0, 2],
      },
      { text: 'Proof of receipt of a report', italics: true, alignment: 'center', margin: [0, 0, 0, 12] },
      {
        table: {
          widths: [150, '*'],
          body: [
            row('Kode tanda terima / Receipt code', c.receiptCode),
            row('Diterima / Received', c.receivedAt),
            row('Ringkasan / Summary', c.summary),
            row('Terlapor / Reported party', c.reportedParty),
            row('Tempat / Place', `${c.place}, ${c.regionName}`),
            row('Tanggal kejadian / Date of conduct', c.occurredOn),
            row('Tanggal diketahui / Date known', c.knownOn),
            row('Berkas bukti / Evidence files', String(c.evidenceCount)),
          ],
        },
        layout: 'lightHorizontalLines',
      },
      {
        text: c.withinWindow
          ? 'Laporan disampaikan dalam batas waktu penyampaian.'
          : 'PERHATIAN: laporan melewati batas waktu penyampaian dan tidak dapat diregistrasi.',
        bold: !c.withinWindow,
        margin: [0, 12, 0, 2],
      },
      { text: c.windowExplanation, fontSize: 8, color: '#444444' },
      {
        text:
          'Simpan kode tanda terima dan kode rahasia pelacakan Anda. Kode rahasia tidak dicetak pada dokumen ini ' +
          'dan tidak dapat ditampilkan ulang. Identitas pelapor dirahasiakan sesuai peraturan.',
        margin: [0, 16, 0, 0],
      },
      {
        text:
          'Keep your receipt code and tracking secret. The secret is not printed here and cannot be shown again. ' +
          'The reporter’s identity is kept confidential.',
        italics: true,
        fontSize: 8,
      },
    ],
  };
  return Buffer.from(await pdfmake.createPdf(doc).getBuffer());
}

export type TipReceiptContent = {
  receiptCode: string;
  receivedAt: string;
  whatHappened: string;
  place: string | null;
  regionName: string;
  occurredOn: string | null;
  linkCount: number;
  evidenceCount: number;
};

/** Tanda terima informasi awal: an anonymous tip has no identity to leave out. */
export async function renderTipReceiptPdf(c: TipReceiptContent): Promise<Buffer> {
  const row = (label: string, value: string) => [{ text: label, bold: true }, value];
  const doc: TDocumentDefinitions = {
    info: { title: `Tanda Terima ${c.receiptCode}`, creator: 'Netra' },
    defaultStyle: { font: 'Roboto', fontSize: 10 },
    content: [
      {
        text: 'TANDA TERIMA INFORMASI AWAL',
        bold: true,
        fontSize: 14,
        alignment: 'center',
        margin: [0, 0, 0, 2],
      },
      { text: 'Receipt of an anonymous tip', italics: true, alignment: 'center', margin: [0, 0, 0, 12] },
      {
        table: {
          widths: [150, '*'],
          body: [
            row('Kode tanda terima / Receipt code', c.receiptCode),
            row('Diterima / Received', c.receivedAt),
            row('Informasi / Information', c.whatHappened.slice(0, 1500)),
            row('Tempat / Place', [c.place, c.regionName].filter(Boolean).join(', ')),
            row('Tanggal kejadian / Date of conduct', c.occurredOn ?? '—'),
            row('Tautan / Links', String(c.linkCount)),
            row('Berkas bukti / Evidence files', String(c.evidenceCount)),
          ],
        },
        layout: 'lightHorizontalLines',
      },
      {
        text:
          'Informasi awal tanpa identitas tidak dapat menjadi laporan resmi, tetapi pengawas dapat menelusurinya ' +
          'dan menjadikannya temuan. Simpan kode tanda terima dan kode rahasia untuk melacak statusnya.',
        margin: [0, 16, 0, 0],
      },
      {
        text:
          'An anonymous tip cannot become a formal report, but supervisors may investigate it and raise a finding. ' +
          'Keep the receipt code and the secret to follow its status.',
        italics: true,
        fontSize: 8,
      },
    ],
  };
  return Buffer.from(await pdfmake.createPdf(doc).getBuffer());
}
