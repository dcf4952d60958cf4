import pdfmake from 'pdfmake';
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { DocumentBlock, DocumentModel } from './document-model';

// pdfmake's default export is a process-wide instance whose fonts and access policies other modules
// set; official documents use their own instance so no module can change them underneath.
const PdfMake = (Object.getPrototypeOf(pdfmake) as { constructor: new () => typeof pdfmake }).constructor;
const HELVETICA = {
  normal: 'Helvetica',
  bold: 'Helvetica-Bold',
  italics: 'Helvetica-Oblique',
  bolditalics: 'Helvetica-BoldOblique',
};
const STANDARD_FONTS = new Set<string>(Object.values(HELVETICA));
// The standard Helvetica fonts ship with pdfkit; no file and no URL may be loaded.
const printer = new PdfMake();
printer.setFonts({ Helvetica: HELVETICA });
printer.setUrlAccessPolicy(() => false);
printer.setLocalAccessPolicy((file) => STANDARD_FONTS.has(file));

function block(b: DocumentBlock): Content {
  switch (b.type) {
    case 'paragraph':
      return { text: b.text, margin: [0, 0, 0, 6], alignment: 'justify' };
    case 'heading':
      return { text: b.text, bold: true, margin: [0, 6, 0, 4] };
    case 'list':
      return { ol: b.items, margin: [12, 0, 0, 6] };
    case 'fields':
      return b.rows.length === 0
        ? { text: '-' }
        : {
            table: { widths: [130, 8, '*'], body: b.rows.map(([label, value]) => [label, ':', value]) },
            layout: 'noBorders',
            margin: [0, 0, 0, 6],
          };
  }
}

/** The model as a PDF (A4, Helvetica): kop, number block, addressee, body, signatures, copies. */
export async function renderDocumentPdf(m: DocumentModel): Promise<Buffer> {
  const head: Content[] = [
    ...(m.formCode
      ? [
          {
            text: `Formulir Model ${m.formCode}${m.formCodeUnverified ? ' (kode belum terverifikasi)' : ''}`,
            alignment: 'right' as const,
            fontSize: 8,
          },
        ]
      : []),
    ...(m.confidential
      ? [{ text: 'RAHASIA — memuat identitas pelapor', alignment: 'right' as const, fontSize: 8, bold: true }]
      : []),
    ...m.letterhead.map((line) => ({ text: line, alignment: 'center' as const, bold: true, fontSize: 13 })),
    { canvas: [{ type: 'line', x1: 0, y1: 4, x2: 515, y2: 4, lineWidth: 1.5 }], margin: [0, 0, 0, 10] },
  ];
  const numberBlock: Content[] =
    m.layout === 'letter'
      ? [
          {
            columns: [
              {
                table: {
                  widths: [50, 8, '*'],
                  body: [
                    ['Nomor', ':', m.number],
                    ['Lampiran', ':', '-'],
                    ['Perihal', ':', m.subject],
                  ],
                },
                layout: 'noBorders',
              },
              { text: m.placeDate, alignment: 'right', width: 170 },
            ],
            margin: [0, 0, 0, 10],
          },
          { text: ['Yth.\n', ...m.addressee.map((l) => `${l}\n`)], margin: [0, 0, 0, 10] },
          { text: m.title, bold: true, margin: [0, 0, 0, 8] },
        ]
      : [
          { text: m.title, alignment: 'center', bold: true, fontSize: 12 },
          { text: `Nomor: ${m.number}`, alignment: 'center', margin: [0, 0, 0, 10] },
        ];
  const signatures: Content = {
    columns: m.signatures.map((s, i) => ({
      stack: [
        ...(i === 0 && m.layout === 'record' ? [{ text: m.placeDate }] : []),
        { text: s.role },
        { text: '\n\n\n' },
        { text: s.name ?? '(.................................)' },
      ],
      alignment: 'center' as const,
    })),
    margin: [0, 16, 0, 0],
  };
  const copies: Content[] = m.copies.length
    ? [{ text: 'Tembusan:', margin: [0, 16, 0, 0] }, { ol: m.copies }]
    : [];
  const doc: TDocumentDefinitions = {
    info: { title: `${m.title} ${m.number}`, creator: 'Netra' },
    pageSize: 'A4',
    pageMargins: [40, 40, 40, 40],
    defaultStyle: { font: 'Helvetica', fontSize: 10, lineHeight: 1.15 },
    content: [...head, ...numberBlock, ...m.blocks.map(block), signatures, ...copies],
  };
  return Buffer.from(await printer.createPdf(doc).getBuffer());
}
