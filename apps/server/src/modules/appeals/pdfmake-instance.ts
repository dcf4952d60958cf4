import { createRequire } from 'node:module';
import path from 'node:path';
import pdfmake from 'pdfmake';
import type { TDocumentDefinitions } from 'pdfmake/interfaces';

// pdfmake is one shared instance; the same policy as the case receipts: bundled Roboto only, no URL
// and no other file may be loaded by a document definition.
const require = createRequire(import.meta.url);
const ROBOTO = require('pdfmake/fonts/Roboto.js') as { Roboto: Record<string, string> };
const FONT_DIR = path.dirname(require.resolve('pdfmake/fonts/Roboto.js'));
pdfmake.setFonts(ROBOTO);
pdfmake.setUrlAccessPolicy(() => false);
pdfmake.setLocalAccessPolicy((file) => path.resolve(file).startsWith(FONT_DIR + path.sep));

export async function createPdf(doc: TDocumentDefinitions): Promise<Buffer> {
  return Buffer.from(await pdfmake.createPdf(doc).getBuffer());
}
