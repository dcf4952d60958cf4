import { expect, inject, test } from 'vitest';
import { expectAccessible, openPage, screenshot } from './support/browser';
import { choose, field, signInAndEnrolTotp } from './support/flows';
import { useBrowser } from './support/suite';

const { url, accounts } = inject('netra');
const browser = useBrowser();

test('organisations, users, regions and audit pages render data and pass axe', async () => {
  const { page, context } = await openPage(browser(), url, 'admin-pages');
  await signInAndEnrolTotp(page, accounts.pages.email, accounts.pages.password);

  // Organisations: table, search, and a create form that keeps input and shows the field error.
  await page.getByRole('link', { name: 'Organisasi' }).click();
  await page.getByRole('heading', { level: 1, name: 'Organisasi' }).waitFor();
  await page.getByRole('cell', { name: 'Bawaslu Kabupaten Bengkalis', exact: true }).first().waitFor();
  await expectAccessible(page, 'organisations page');
  await screenshot(page, 'organisations');
  await field(page, 'Cari organisasi').fill('Polsek');
  await page.getByRole('cell', { name: 'Polsek Siak Kecil', exact: true }).waitFor();
  await expect
    .poll(async () =>
      (await page.locator('tbody tr td:first-child').allTextContents()).every((name) =>
        name.includes('Polsek'),
      ),
    )
    .toBe(true);

  await page.getByRole('button', { name: 'Tambah organisasi' }).click();
  await choose(page, 'Jenis', 'PKD (Pengawas Kelurahan/Desa)', page.getByRole('dialog'));
  await field(page, 'Nama').fill('PK');
  await page.getByRole('combobox', { name: /^Wilayah/ }).fill('Siak Kecil');
  await page.getByRole('option', { name: /Siak Kecil \(14\.03\.12\)/ }).click();
  await expectAccessible(page, 'organisation form');
  await page.getByRole('dialog').getByRole('button', { name: 'Simpan' }).click();
  await page.getByRole('dialog').getByText('minimal 3 karakter').waitFor();
  expect(await field(page, 'Nama').inputValue()).toBe('PK');
  await screenshot(page, 'organisation-form-error');
  await field(page, 'Nama').fill('PKD Uji Coba');
  await page.getByRole('dialog').getByRole('button', { name: 'Simpan' }).click();
  await page.getByText('Organisasi dibuat.').waitFor();

  // Users.
  await page.getByRole('link', { name: 'Pengguna' }).click();
  await page.getByRole('heading', { level: 1, name: 'Pengguna' }).waitFor();
  await page.getByRole('cell', { name: 'komisioner@bengkalis.netra.example' }).waitFor();
  await expectAccessible(page, 'users page');
  await screenshot(page, 'users');
  await page.getByRole('button', { name: 'Tambah keanggotaan: Rahmat Hidayat' }).click();
  await choose(page, 'Organisasi', /^Panwaslu Kecamatan Bantan/);
  await choose(page, 'Peran', 'Pemantau (hanya baca)');
  await expectAccessible(page, 'add membership form');
  await page.getByRole('dialog').getByRole('button', { name: 'Tambah keanggotaan' }).click();
  await page.getByText('Keanggotaan ditambahkan.').waitFor();
  await page.getByText('Pemantau (hanya baca) · Panwaslu Kecamatan Bantan').waitFor();

  // Regions: national root, then a province, then its children.
  await page.getByRole('link', { name: 'Wilayah' }).click();
  await page.getByRole('heading', { level: 1, name: 'Wilayah' }).waitFor();
  await page.getByRole('cell', { name: '14', exact: true }).waitFor();
  await expectAccessible(page, 'regions page (national)');
  await page.getByRole('row', { name: /^14 / }).getByRole('button').click();
  await page.getByRole('cell', { name: '14.03', exact: true }).waitFor();
  await page
    .getByRole('row', { name: /^14\.03 / })
    .getByRole('button')
    .click();
  await page.getByRole('cell', { name: '14.03.12', exact: true }).waitFor();
  await page
    .getByRole('navigation', { name: 'Jejak wilayah' })
    .getByRole('button', { name: 'Indonesia' })
    .waitFor();
  await expectAccessible(page, 'regions page (regency)');
  await screenshot(page, 'regions');
  await field(page, 'Cari wilayah (nama atau kode)').fill('Siak Kecil');
  await page.getByRole('heading', { name: 'Hasil pencarian' }).waitFor();

  // Audit trail: events, details with before/after, filter.
  await page.getByRole('link', { name: 'Jejak Audit' }).click();
  await page.getByRole('heading', { level: 1, name: 'Jejak Audit' }).waitFor();
  await page.getByRole('cell', { name: 'organization.created' }).first().waitFor();
  await page.getByRole('button', { name: 'Tampilkan rincian' }).first().click();
  await page.getByText('Sesudah', { exact: true }).first().waitFor();
  await expectAccessible(page, 'audit page');
  await screenshot(page, 'audit');
  await field(page, 'Tindakan').fill('organization.created');
  await page.getByRole('button', { name: 'Terapkan' }).click();
  await expect
    .poll(async () => {
      const actions = await page.locator('tbody tr td:nth-child(3)').allTextContents();
      return actions.length > 0 && actions.every((a) => a === 'organization.created');
    })
    .toBe(true);
  await context.close();
});
