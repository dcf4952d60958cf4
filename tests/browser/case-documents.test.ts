import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { expect, inject, test } from 'vitest';
import { expectAccessible, openPage, screenshot } from './support/browser';
import { submitPassword } from './support/flows';
import { useBrowser } from './support/suite';

// Helper c1: the Dokumen panel, possible duplicates and the list export, in a real browser.
const { url, demo } = inject('netra');
const browser = useBrowser();
const run = Date.now().toString(36);
const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString().slice(0, 10);
const NIP = '198507172010011002';

/** A public report sent the way the form sends it (CSRF cookie echoed in the header). */
async function report(summary: string) {
  const csrf = await fetch(`${url}/api/csrf`);
  const token = ((await csrf.json()) as { token: string }).token;
  const response = await fetch(`${url}/api/public/reports`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      cookie: `netra_csrf=${token}`,
      'x-csrf-token': token,
      origin: url,
    },
    body: JSON.stringify({
      reporter: {
        name: 'Pelapor Peramban',
        nik: '1403121508900001',
        address: 'Jl. Uji 1',
        phone: '081234567890',
        category: 'voter',
      },
      reportedParty: {
        type: 'asn',
        name: 'Guru Terlapor',
        agency: 'Dinas Pendidikan',
        position: 'Guru',
        nip: NIP,
      },
      summary,
      whatHappened: 'Seorang guru ASN berorasi pada kampanye terbuka pasangan calon bupati di lapangan.',
      regionCode: demo.villageCode,
      place: 'Lapangan desa',
      occurredOn: daysAgo(2),
      knownOn: daysAgo(1),
      witnesses: [],
      statements: { truthful: true, awareOfConfrontation: true },
    }),
  });
  expect(response.status, await response.clone().text()).toBe(201);
}

async function downloadBytes(page: Page, name: RegExp): Promise<Buffer> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name }).click(),
  ]);
  return readFileSync(await download.path());
}

test('staff download the kajian awal as PDF and DOCX, dismiss a possible duplicate and export the list', async () => {
  const first = `Guru ASN berorasi kampanye ${run}`;
  await report(first);
  await report(`Guru ASN berkampanye lagi ${run}`);

  const { page, context } = await openPage(browser(), url, 'case-documents');
  await submitPassword(page, 'penanganan@bengkalis.netra.example', demo.password);
  await page.getByRole('heading', { level: 1, name: 'Beranda' }).waitFor();
  await page.goto('/perkara');
  await page.getByRole('heading', { level: 1, name: 'Perkara' }).waitFor();

  // Export of the filtered list: a real XLSX (a ZIP) and a CSV with the summary.
  const xlsx = await downloadBytes(page, /^Unduh XLSX$/);
  expect(xlsx.subarray(0, 2).toString('latin1')).toBe('PK');
  const csv = (await downloadBytes(page, /^Unduh CSV$/)).toString('utf8');
  expect(csv).toContain(first);
  expect(csv).not.toContain('Pelapor Peramban');
  await expectAccessible(page, '/perkara (export)');

  await page.getByRole('link', { name: first }).click();
  await page.getByRole('heading', { level: 1, name: first }).waitFor();
  await page.getByRole('heading', { name: 'Dokumen' }).waitFor();
  await page.getByText('Belum ada dokumen pada tahap ini.').waitFor();

  // Possible duplicate: the other report about the same NIP; staff say it is not one.
  const duplicates = page.locator('section', {
    has: page.getByRole('heading', { name: 'Kemungkinan duplikat' }),
  });
  await duplicates.getByText('NIP terlapor sama').waitFor();
  await expectAccessible(page, '/perkara/:id (documents, duplicates)');
  await duplicates.getByRole('button', { name: 'Bukan duplikat' }).click();
  await duplicates.getByText('Tidak ada perkara lain yang mirip.').waitFor();

  await page.getByRole('button', { name: 'Mulai kajian awal' }).click();
  await page
    .getByRole('dialog', { name: 'Mulai kajian awal' })
    .getByRole('button', { name: 'Lakukan' })
    .click();
  await page.getByTestId('case-status').getByText('Kajian awal').waitFor();
  const pdf = await downloadBytes(page, /^PDF: Kajian Awal/);
  expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  const docx = await downloadBytes(page, /^DOCX: Kajian Awal/);
  expect(docx.subarray(0, 2).toString('latin1')).toBe('PK');
  // The number drawn at the first generation is shown in the table.
  await page.getByRole('cell', { name: /^\d{3}\/KA\/14\.03\// }).waitFor();
  await expectAccessible(page, '/perkara/:id (document issued)');
  await screenshot(page, 'case-documents');
  await context.close();
});
