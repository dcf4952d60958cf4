import { expect, inject, test } from 'vitest';
import { expectAccessible, openPage, screenshot } from './support/browser';
import { field, signInAndEnrolTotp } from './support/flows';
import { useBrowser } from './support/suite';

const { url, accounts } = inject('netra');
const browser = useBrowser();

const ELECTION = 'Pemilihan Bupati dan Wakil Bupati Bengkalis 2024';

test('an administrator adds a regional holiday, meets the duplicate message and edits a stage date', async () => {
  const { page, context } = await openPage(browser(), url, 'elections');
  await signInAndEnrolTotp(page, accounts.elections.email, accounts.elections.password);

  // Own sessions come by id; no session token reaches the page.
  await page.goto('/akun/keamanan');
  const body = await page.evaluate(async () => (await fetch('/api/sessions')).text());
  expect(body).toContain('"isCurrent":true');
  expect(body).not.toMatch(/token/i);
  await page.getByRole('cell', { name: 'Sesi ini' }).waitFor();

  // Signed in, the rules pages open inside the app shell from the "Aturan" item.
  await page.getByRole('link', { name: 'Aturan', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: 'Cek Aturan' }).waitFor();
  await field(page, 'Apa yang dilakukan?').fill('camat ikut deklarasi paslon nomor 2');
  await field(page, 'Apa yang dilakukan?').press('Enter');
  await page.locator('article[data-rule-id="skb2022.discipline.4"]').waitFor();
  await page.getByRole('button', { name: 'Keluar' }).waitFor();

  await page.getByRole('link', { name: 'Pemilihan & Hari Libur' }).click();
  await page.getByRole('heading', { level: 1, name: 'Pemilihan & Hari Libur' }).waitFor();
  await page.getByRole('cell', { name: ELECTION, exact: true }).waitFor();
  await page.getByText('ditandai belum terverifikasi').waitFor();
  await expectAccessible(page, 'elections page');

  // A regional holiday for Bengkalis in the year shown.
  const year = new Date().getFullYear();
  const date = `${year}-07-31`;
  const addHoliday = async () => {
    await field(page, 'Tanggal').fill(date);
    await field(page, 'Nama (Indonesia)').fill('Hari Jadi Kabupaten Bengkalis (uji)');
    await field(page, 'Nama (Inggris)').fill('Bengkalis Regency Day (test)');
    await page.getByRole('combobox', { name: /^Wilayah/ }).fill('Bengkalis');
    await page.getByRole('option', { name: 'Kabupaten Bengkalis (14.03)' }).click();
    await page.getByRole('button', { name: 'Tambah hari libur' }).click();
  };
  await page.getByRole('radio', { name: 'Satu wilayah' }).check();
  await addHoliday();
  await page.getByText(`Hari libur ${date} ditambahkan.`).waitFor();
  const row = page.getByRole('row', { name: new RegExp(`^${date} Hari Jadi Kabupaten Bengkalis \\(uji\\)`) });
  await row.waitFor();
  expect(await row.getByRole('cell', { name: '14.03', exact: true }).count()).toBe(1);
  await screenshot(page, 'elections-holiday-added');

  // The same date for the same region again: the specific message, and nothing typed is lost.
  await addHoliday();
  await page
    .getByRole('alert')
    .getByText('Tanggal ini sudah tercatat sebagai hari libur untuk wilayah tersebut.')
    .waitFor();
  expect(await field(page, 'Nama (Indonesia)').inputValue()).toBe('Hari Jadi Kabupaten Bengkalis (uji)');
  expect(await field(page, 'Tanggal').inputValue()).toBe(date);
  await expectAccessible(page, 'holiday duplicate message');

  // Edit the campaign stage: an end before the start is refused next to the field, then fixed.
  await page.getByRole('button', { name: `Ubah: ${ELECTION}` }).click();
  const campaignEnd = page.getByLabel('Tahapan 3: Selesai', { exact: true });
  expect(await campaignEnd.inputValue()).toBe('2024-11-23');
  await campaignEnd.fill('2024-09-01');
  await page.getByRole('button', { name: 'Simpan pemilihan' }).click();
  await page.getByText('Tanggal selesai sebelum tanggal mulai.').waitFor();
  expect(await campaignEnd.inputValue()).toBe('2024-09-01');
  expect(await campaignEnd.getAttribute('aria-invalid')).toBe('true');
  await expectAccessible(page, 'election form with a field error');
  await screenshot(page, 'elections-stage-error');

  await campaignEnd.fill('2024-11-22');
  await page.getByRole('button', { name: 'Simpan pemilihan' }).click();
  await page.getByText('Pemilihan disimpan.').waitFor();
  await page.reload();
  await page.getByRole('button', { name: `Ubah: ${ELECTION}` }).click();
  expect(await page.getByLabel('Tahapan 3: Selesai', { exact: true }).inputValue()).toBe('2024-11-22');
  await screenshot(page, 'elections-saved');
  await context.close();
});
