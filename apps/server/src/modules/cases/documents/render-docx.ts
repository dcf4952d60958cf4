import {
  AlignmentType,
  BorderStyle,
  Document,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { DocumentBlock, DocumentModel } from './document-model';

// Editable Word version of the same model: staff complete the blanks (date of clarification,
// names of signatories) before signing.

const NONE = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const NO_BORDERS = {
  top: NONE,
  bottom: NONE,
  left: NONE,
  right: NONE,
  insideHorizontal: NONE,
  insideVertical: NONE,
};

const para = (
  text: string,
  opts: { bold?: boolean; align?: (typeof AlignmentType)[keyof typeof AlignmentType]; size?: number } = {},
) =>
  new Paragraph({
    alignment: opts.align,
    children: [new TextRun({ text, bold: opts.bold, size: opts.size })],
  });

function fieldsTable(rows: [string, string][]): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: NO_BORDERS,
    rows: rows.map(
      ([label, value]) =>
        new TableRow({
          children: [
            new TableCell({ width: { size: 30, type: WidthType.PERCENTAGE }, children: [para(label)] }),
            new TableCell({ width: { size: 3, type: WidthType.PERCENTAGE }, children: [para(':')] }),
            new TableCell({ width: { size: 67, type: WidthType.PERCENTAGE }, children: [para(value)] }),
          ],
        }),
    ),
  });
}

function block(b: DocumentBlock): (Paragraph | Table)[] {
  switch (b.type) {
    case 'paragraph':
      return [para(b.text, { align: AlignmentType.JUSTIFIED })];
    case 'heading':
      return [para(b.text, { bold: true })];
    case 'list':
      return b.items.map((item, i) => para(`${i + 1}. ${item}`));
    case 'fields':
      return b.rows.length ? [fieldsTable(b.rows)] : [para('-')];
  }
}

export async function renderDocumentDocx(m: DocumentModel): Promise<Buffer> {
  const children: (Paragraph | Table)[] = [];
  if (m.formCode)
    children.push(
      para(`Formulir Model ${m.formCode}${m.formCodeUnverified ? ' (kode belum terverifikasi)' : ''}`, {
        align: AlignmentType.RIGHT,
        size: 16,
      }),
    );
  if (m.confidential)
    children.push(
      para('RAHASIA — memuat identitas pelapor', { align: AlignmentType.RIGHT, bold: true, size: 16 }),
    );
  for (const line of m.letterhead)
    children.push(para(line, { align: AlignmentType.CENTER, bold: true, size: 26 }));
  children.push(
    new Paragraph({
      border: { bottom: { style: BorderStyle.DOUBLE, size: 6, color: '000000', space: 1 } },
      children: [],
    }),
  );
  if (m.layout === 'letter') {
    children.push(para(m.placeDate, { align: AlignmentType.RIGHT }));
    children.push(
      fieldsTable([
        ['Nomor', m.number],
        ['Lampiran', '-'],
        ['Perihal', m.subject],
      ]),
    );
    children.push(para(''), para('Yth.'), ...m.addressee.map((l) => para(l)), para(''));
    children.push(para(m.title, { bold: true }));
  } else {
    children.push(para(m.title, { align: AlignmentType.CENTER, bold: true, size: 24 }));
    children.push(para(`Nomor: ${m.number}`, { align: AlignmentType.CENTER }));
  }
  for (const b of m.blocks) children.push(...block(b));
  children.push(para(''));
  if (m.layout === 'record') children.push(para(m.placeDate, { align: AlignmentType.RIGHT }));
  for (const s of m.signatures)
    children.push(
      para(s.role, { align: AlignmentType.RIGHT }),
      para(''),
      para(''),
      para(s.name ?? '(.................................)', { align: AlignmentType.RIGHT }),
    );
  if (m.copies.length) {
    children.push(para(''), para('Tembusan:'), ...m.copies.map((c, i) => para(`${i + 1}. ${c}`)));
  }
  const doc = new Document({
    creator: 'Netra',
    title: `${m.title} ${m.number}`,
    styles: { default: { document: { run: { font: 'Arial', size: 22 } } } },
    sections: [{ children }],
  });
  return Packer.toBuffer(doc);
}
