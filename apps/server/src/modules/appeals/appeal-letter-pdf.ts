import { parseAppealBody, type AppealTextRun } from '@netra/contracts';
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
// pdfmake configured once for the module (bundled Roboto, no URL or file access).
import { createPdf } from './pdfmake-instance';

export type AppealLetter = {
  officeName: string; // "Bawaslu Kabupaten Bengkalis"
  officeAddress: string;
  number: string;
  nature: string;
  attachmentCount: number;
  subject: string;
  addressees: string[];
  place: string;
  letterDate: string; // already formatted, e.g. "12 November 2026"
  body: string;
  legalReferences: string[]; // human-readable citations from the catalogue
  signatoryName: string;
  signatoryPosition: string;
  code: string | null;
  acknowledgeUrl: string | null;
  draft: boolean;
};

const runs = (items: AppealTextRun[]) =>
  items.map((r) => ({ text: r.text, bold: r.bold ?? false, italics: r.italics ?? false }));

/** The appeal as an official letter: letterhead, Nomor/Sifat/Lampiran/Perihal, Yth., body, signature. */
export async function renderAppealLetterPdf(l: AppealLetter): Promise<Buffer> {
  const body: Content[] = parseAppealBody(l.body).map((block) => {
    if (block.kind === 'paragraph')
      return { text: runs(block.runs), alignment: 'justify', margin: [0, 0, 0, 6] };
    const list = block.items.map((item) => ({ text: runs(item) }));
    return block.kind === 'bullets' ? { ul: list, margin: [0, 0, 0, 6] } : { ol: list, margin: [0, 0, 0, 6] };
  });
  const header = (label: string, value: string) => [label, ':', value];
  const doc: TDocumentDefinitions = {
    info: { title: `Imbauan ${l.number}`, subject: l.subject, creator: 'Netra' },
    pageSize: 'A4',
    pageMargins: [60, 50, 60, 60],
    defaultStyle: { font: 'Roboto', fontSize: 11, lineHeight: 1.2 },
    ...(l.draft ? { watermark: { text: 'DRAF', color: '#999999', opacity: 0.2, bold: true } } : {}),
    content: [
      { text: 'BADAN PENGAWAS PEMILIHAN UMUM', bold: true, fontSize: 14, alignment: 'center' },
      { text: l.officeName.toUpperCase(), bold: true, fontSize: 13, alignment: 'center' },
      { text: l.officeAddress, fontSize: 9, alignment: 'center', margin: [0, 2, 0, 4] },
      { canvas: [{ type: 'line', x1: 0, y1: 0, x2: 475, y2: 0, lineWidth: 2 }] },
      { canvas: [{ type: 'line', x1: 0, y1: 2, x2: 475, y2: 2, lineWidth: 0.5 }], margin: [0, 0, 0, 12] },
      {
        columns: [
          {
            width: '*',
            table: {
              widths: [55, 6, '*'],
              body: [
                header('Nomor', l.number),
                header('Sifat', l.nature),
                header('Lampiran', l.attachmentCount > 0 ? `${l.attachmentCount} berkas` : '-'),
                header('Perihal', l.subject),
              ],
            },
            layout: 'noBorders',
          },
          { width: 150, text: `${l.place}, ${l.letterDate}`, alignment: 'right' },
        ],
        margin: [0, 0, 0, 12],
      },
      { text: 'Yth.', margin: [0, 0, 0, 2] },
      l.addressees.length === 1 ? { text: l.addressees[0]! } : { ol: l.addressees.map((a) => ({ text: a })) },
      { text: 'di -', margin: [0, 2, 0, 0] },
      { text: 'Tempat', margin: [20, 0, 0, 12] },
      ...body,
      ...(l.legalReferences.length > 0
        ? [
            { text: 'Dasar hukum:', bold: true, margin: [0, 6, 0, 2] } as Content,
            { ol: l.legalReferences.map((r) => ({ text: r, fontSize: 10 })) } as Content,
          ]
        : []),
      {
        columns: [
          { width: '*', text: '' },
          {
            width: 220,
            stack: [
              { text: l.signatoryPosition, alignment: 'center' },
              { text: ' ', margin: [0, 36, 0, 0] },
              { text: l.signatoryName, bold: true, decoration: 'underline', alignment: 'center' },
            ],
          },
        ],
        margin: [0, 24, 0, 0],
      },
      ...(l.code
        ? [
            {
              text: [
                'Konfirmasi telah membaca imbauan ini: buka ',
                { text: l.acknowledgeUrl ?? '/imbauan/konfirmasi', bold: true },
                ' lalu masukkan kode ',
                { text: l.code, bold: true },
                ' dan NIP Anda.',
              ],
              fontSize: 9,
              margin: [0, 30, 0, 0],
            } as Content,
          ]
        : []),
    ],
  };
  return createPdf(doc);
}
