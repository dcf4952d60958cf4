import { readFileSync } from 'node:fs';
import { expect, inject, test } from 'vitest';
import { expectAccessible, openPage } from './support/browser';
import { submitPassword } from './support/flows';
import { useBrowser } from './support/suite';

// The work list's search and filters in a real browser: kept in the URL (survive a reload), and the
// export sends the same filters.
const { url, demo } = inject('netra');
const browser = useBrowser();
const run = Date.now().toString(36);
const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString().slice(0, 10);

async function report(summary: string, whatHappened: string) {
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
        name: 'Pelapor Pencarian',
        nik: '1403121508900001',
        address: 'Jl. Uji 2',
        phone: '081234567890',
        category: 'voter',
      },
      reportedParty: { type: 'asn', name: 'Lurah Terlapor', agency: 'Kantor Lurah Uji', position: 'Lurah' },
      summary,
      whatHappened,
      regionCode: demo.villageCode,
      place: 'Balai desa',
      occurredOn: daysAgo(2),
      knownOn: daysAgo(1),
      witnesses: [],
      statements: { truthful: true, awareOfConfrontation: true },
    }),
  });
  expect(response.status, await response.clone().text()).toBe(201);
}

test('staff search the case list; the search stays in the URL and the export honours it', async () => {
  // A made-up word unique to this run, inflected ("mem…kan") in the text, searched by its root.
  const root = `zeta${run}`;
  const found = `Lurah membagikan ${root} kepada warga`;
  const other = `Lurah memasang spanduk ${run}`;
  await report(found, `Lurah terlihat membagikan ${root} di balai desa kepada warga.`);
  await report(other, 'Lurah memasang spanduk pasangan calon di pagar balai desa.');

  const { page, context } = await openPage(browser(), url, 'case-search');
  await submitPassword(page, 'penanganan@bengkalis.netra.example', demo.password);
  await page.getByRole('heading', { level: 1, name: 'Beranda' }).waitFor();
  await page.goto('/perkara');
  await page.getByRole('heading', { level: 1, name: 'Perkara' }).waitFor();

  await page.getByRole('searchbox', { name: 'Cari' }).fill(root);
  await page.waitForURL((u) => u.searchParams.get('q') === root);
  // The previous page stays shown until the filtered one arrives (the box waits 400 ms).
  await page.getByRole('link', { name: found }).waitFor();
  await expect.poll(() => page.getByRole('link', { name: other }).count(), { timeout: 30_000 }).toBe(0);

  // A reload keeps the search (it lives in the query string).
  await page.reload();
  await page.getByRole('link', { name: found }).waitFor();
  expect(await page.getByRole('searchbox', { name: 'Cari' }).inputValue()).toBe(root);
  expect(await page.getByRole('link', { name: other }).count()).toBe(0);
  await expectAccessible(page, '/perkara (search)');

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: /^Unduh CSV$/ }).click(),
  ]);
  const csv = readFileSync(await download.path()).toString('utf8');
  expect(csv).toContain(found);
  expect(csv).not.toContain(other);

  await page.getByRole('button', { name: 'Hapus filter' }).click();
  await page.waitForURL((u) => !u.searchParams.has('q'));
  expect(await page.getByRole('searchbox', { name: 'Cari' }).inputValue()).toBe('');
  await context.close();
});
