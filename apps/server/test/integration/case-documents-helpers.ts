import { inflateSync } from 'node:zlib';
import { expect } from 'vitest';
import type { Session, TestApp } from '../helpers/test-app';

// Helpers of the case-document, reminder and export suites: walking a case through the API, and
// reading the text back out of a generated PDF.

/**
 * The text drawn by a pdfkit PDF with a standard font: every content stream is inflated and the
 * hex strings of its TJ operators are decoded (WinAnsi ≈ latin1) and joined.
 */
export function pdfText(pdf: Buffer): string {
  const raw = pdf.toString('latin1');
  const out: string[] = [];
  const streams = /stream\r?\n([\s\S]*?)\r?\nendstream/g;
  for (let m = streams.exec(raw); m; m = streams.exec(raw)) {
    const bytes = Buffer.from(m[1]!, 'latin1');
    let content: string;
    try {
      content = inflateSync(bytes).toString('latin1');
    } catch {
      content = m[1]!;
    }
    for (const tj of content.matchAll(/\[([^\]]*)\]\s*TJ/g))
      for (const hex of tj[1]!.matchAll(/<([0-9a-fA-F]*)>/g))
        out.push(Buffer.from(hex[1]!, 'hex').toString('latin1'));
    out.push('\n');
  }
  return out.join('');
}

export async function walkCase(
  t: TestApp,
  who: Session,
  id: string,
  name: string,
  input: object = {},
): Promise<{
  status: string;
  version: number;
  registerNumber: string | null;
  state: { dispositions: { id: string; kind: string }[] };
}> {
  const current = await t.app.inject({ method: 'GET', url: `/api/cases/${id}`, headers: who.headers });
  const response = await t.app.inject({
    method: 'POST',
    url: `/api/cases/${id}/transitions/${name}`,
    headers: who.headers,
    payload: { expectedVersion: current.json<{ version: number }>().version, input },
  });
  expect(response.statusCode, `${name}: ${response.body}`).toBe(200);
  return response.json();
}
