import type { Page } from 'playwright-core';
import { expect, inject, test } from 'vitest';
import { expectAccessible, openPage, screenshot } from './support/browser';
import { field } from './support/flows';
import { useBrowser } from './support/suite';

const { url } = inject('netra');
const browser = useBrowser();

const LIKE = 'saya nge-like postingan calon bupati di facebook';
const overflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
/** Script chunks the page fetched, to prove the public route leaves the admin bundles alone. */
function recordScripts(page: Page): string[] {
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
  });
  return scripts;
}

test('signed out, Cek Aturan finds the SKB social-media rule with its sanction and basis', async () => {
  const { page, context } = await openPage(browser(), url, 'rules-check');
  const scripts = recordScripts(page);
  await page.goto('/masuk');
  await page.getByRole('link', { name: 'Cek aturan netralitas tanpa akun' }).click();
  await page.getByRole('heading', { level: 1, name: 'Cek Aturan' }).waitFor();
  await expectAccessible(page, 'Cek Aturan (empty)');

  await field(page, 'Apa yang dilakukan?').fill(LIKE);
  await page.getByRole('button', { name: 'Cek aturan', exact: true }).click();
  await page.waitForURL((u) => u.searchParams.get('q') === LIKE);
  const card = page.locator('article[data-rule-id="skb2022.discipline.6"]');
  await card.waitFor();
  await expect.poll(() => card.textContent()).toContain('Hukuman disiplin tingkat berat (PP 94/2021)');
  expect(await card.textContent()).toContain('SKB 2022 Lampiran Tabel B angka 6');
  expect(await card.getByRole('link', { name: 'Laporkan pelanggaran' }).getAttribute('href')).toBe('/lapor');
  await page.getByText(/^Pada \d{1,2} \S+ \d{4} Pemilihan Bupati dan Wakil Bupati Bengkalis 2024/).waitFor();
  // The ethics item on the same conduct comes second, with the PP 42/2004 moral sanction.
  await page
    .locator('article[data-rule-id="skb2022.ethics.4"]')
    .getByText(/Sanksi moral/)
    .waitFor();
  await expectAccessible(page, 'Cek Aturan (results)');
  await screenshot(page, 'rules-check-results');

  // The address is shareable: opening it fresh shows the same answer.
  const shared = page.url();
  await page.goto('about:blank');
  await page.goto(shared);
  await page.locator('article[data-rule-id="skb2022.discipline.6"]').waitFor();
  expect(await field(page, 'Apa yang dilakukan?').inputValue()).toBe(LIKE);

  // A date before the designation of candidates: the stage sentence follows the date.
  await field(page, 'Tanggal kejadian (opsional)').fill('2024-07-01');
  await page.getByRole('button', { name: 'Cek aturan', exact: true }).click();
  await page.getByText(/^Pada 1 Juli 2024 .*sebelum penetapan pasangan calon/).waitFor();
  expect(new URL(page.url()).searchParams.get('tanggal')).toBe('2024-07-01');

  // A disputed entry shows its warning with each reading and its sources.
  await page
    .getByRole('button', { name: 'kepala dinas bagi-bagi sembako supaya warga pilih paslon' })
    .click();
  const disputed = page.locator('article[data-rule-id="skb2022.discipline.8"]');
  await disputed.getByText('Perhatian: ketentuan ini diperdebatkan').waitFor();
  expect(await disputed.getByRole('link', { name: /^sumber \d$/ }).count()).toBeGreaterThanOrEqual(2);
  await expectAccessible(page, 'Cek Aturan (disputed entry)');
  await screenshot(page, 'rules-check-disputed');

  // Nonsense gets the honest answer, never a random rule.
  await field(page, 'Apa yang dilakukan?').fill('asdf qwerty');
  await page.getByRole('button', { name: 'Cek aturan', exact: true }).click();
  const noMatch = page.getByTestId('rule-no-match');
  await noMatch.getByText('Tidak ada aturan yang cocok').waitFor();
  expect(await noMatch.getByRole('listitem').count()).toBeGreaterThan(0);
  expect(await page.locator('article[data-rule-id]').count()).toBe(0);
  await expectAccessible(page, 'Cek Aturan (no match)');
  await screenshot(page, 'rules-check-no-match');

  // The public route never fetched the administration bundles.
  expect(scripts.some((s) => s.includes('rule-check-page'))).toBe(true);
  expect(scripts.filter((s) => /elections-page|audit-page|users-page|organizations-page/.test(s))).toEqual(
    [],
  );
  await context.close();
});

test('signed out, a catalogue entry has its own page and the catalogue lists it', async () => {
  const { page, context } = await openPage(browser(), url, 'rules-entry');
  await page.goto('/aturan/skb2022.discipline.6');
  await page.getByRole('heading', { level: 1, name: 'Like, komentar, bagikan, ikuti akun calon' }).waitFor();
  await page.getByText('SKB 2022 Lampiran Tabel B angka 6').waitFor();
  await page.getByRole('heading', { name: 'Contoh perbuatan' }).waitFor();
  await page.getByText('Pemberhentian dengan hormat tidak atas permintaan sendiri sebagai PNS').waitFor();
  expect(await page.getByRole('link', { name: /^https:\/\// }).count()).toBeGreaterThan(0);
  await expectAccessible(page, 'rule entry page');
  await screenshot(page, 'rules-entry');

  // An unverified entry says so.
  await page.goto('/aturan/skb2022.discipline.9');
  await page.getByText('Perhatian: ketentuan ini belum terverifikasi').waitFor();

  // An unknown id is a clear "not found", not a blank page.
  await page.goto('/aturan/skb2022.discipline.99');
  await page.getByRole('heading', { level: 1, name: 'Aturan tidak ditemukan' }).waitFor();
  await page.getByText('Aturan tidak ditemukan di katalog.').waitFor();

  await page.getByRole('link', { name: 'Kembali ke katalog' }).click();
  await page.getByRole('heading', { level: 1, name: 'Katalog aturan netralitas' }).waitFor();
  for (const instrument of ['SKB 2022', 'PP 94/2021', 'UU 10/2016'])
    await page.getByRole('heading', { level: 2, name: instrument }).waitFor();
  await expectAccessible(page, 'rules catalogue');
  await screenshot(page, 'rules-catalogue');
  await page.getByRole('link', { name: /^B6 · / }).click();
  await page.waitForURL('**/aturan/skb2022.discipline.6');
  await context.close();
});

test('on a 360×740 phone the public rules pages do not overflow sideways', async () => {
  const { page, context } = await openPage(browser(), url, 'rules-mobile', { width: 360, height: 740 });
  const pages: [string, string | RegExp][] = [
    [`/cek-aturan?q=${encodeURIComponent(LIKE)}`, 'Cek Aturan'],
    ['/cek-aturan?q=asdf+qwerty', 'Cek Aturan'],
    ['/aturan', 'Katalog aturan netralitas'],
    ['/aturan/skb2022.discipline.8', /./],
  ];
  for (const [path, title] of pages) {
    await page.goto(path);
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    await page.waitForLoadState('networkidle');
    expect(await overflow(page), `horizontal overflow on ${path}`).toBeLessThanOrEqual(0);
  }
  await page.goto(`/cek-aturan?q=${encodeURIComponent(LIKE)}`);
  await page.locator('article[data-rule-id="skb2022.discipline.6"]').waitFor();
  await expectAccessible(page, 'Cek Aturan on a phone');
  await screenshot(page, 'rules-mobile');
  await context.close();
});
