import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { expect, inject, test } from 'vitest';
import { expectAccessible, openPage, screenshot } from './support/browser';
import { field, submitPassword } from './support/flows';
import { useBrowser } from './support/suite';

const { url, demo } = inject('netra');
const browser = useBrowser();

const overflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString().slice(0, 10);
// A 1×1 PNG: the server checks the bytes, not the name.
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
  'base64',
);
const SUMMARY = `Camat mengajak warga memilih calon ${Date.now().toString(36)}`;
const VALID_NIK = '1403121508900001';

/** The values typed before the bad NIK, checked again after the server's refusal and a reload. */
const TYPED: [string, string][] = [
  ['Nama lengkap', 'Nur Hasanah'],
  ['Alamat', 'Jl. Pelabuhan No. 7, Siak Kecil'],
  ['Nomor telepon', '081234567890'],
  ['Email (opsional)', 'siti@example.org'],
  ['Nama terlapor', 'Drs. Ahmad Fauzi'],
  ['Instansi', 'Kecamatan Siak Kecil'],
  ['Jabatan', 'Camat'],
  ['Ringkasan singkat', SUMMARY],
  ['Uraian kejadian', 'Dalam acara warga, camat meminta warga memilih pasangan calon nomor 2.'],
  ['Tempat kejadian', 'Balai desa'],
];

async function expectTypedValues(page: Page) {
  for (const [label, value] of TYPED) expect(await field(page, label).inputValue(), label).toBe(value);
  expect(await field(page, 'Tanggal kejadian').inputValue()).toBe(daysAgo(2));
  expect(await field(page, 'Tanggal diketahui').inputValue()).toBe(daysAgo(1));
  expect(await field(page, 'Nama saksi 1').inputValue()).toBe('Budi Santoso');
}

test('the public reports on a phone, tracks the report, and staff open it and start the initial study', async () => {
  const { page, context } = await openPage(browser(), url, 'cases-public', { width: 360, height: 740 });
  await page.goto('/lapor');
  await page.getByRole('heading', { level: 1, name: 'Lapor Pelanggaran' }).waitFor();
  await expectAccessible(page, '/lapor (empty)');
  expect(await overflow(page), 'horizontal overflow on /lapor').toBeLessThanOrEqual(0);

  for (const [label, value] of TYPED.slice(0, 4)) await field(page, label).fill(value);
  // Reload mid-way: the draft in localStorage brings every typed value back.
  await page.reload();
  await page.getByRole('heading', { level: 1, name: 'Lapor Pelanggaran' }).waitFor();
  for (const [label, value] of TYPED.slice(0, 4)) expect(await field(page, label).inputValue()).toBe(value);

  for (const [label, value] of TYPED.slice(4)) await field(page, label).fill(value);
  await field(page, 'NIK').fill('1234');
  // Visitors without an account search regions; without a public search the code is typed.
  await page.getByRole('combobox', { name: 'Desa/kelurahan' }).fill('Siak');
  const codeInput = field(page, 'Kode desa/kelurahan');
  const found = page.getByRole('option', { name: new RegExp(demo.villageCode.replaceAll('.', '\\.')) });
  await codeInput.or(found).first().waitFor();
  if (await codeInput.isVisible()) await codeInput.fill(demo.villageCode);
  else await found.click();
  await field(page, 'Tanggal kejadian').fill(daysAgo(2));
  await field(page, 'Tanggal diketahui').fill(daysAgo(1));
  await page.getByRole('button', { name: 'Tambah saksi' }).click();
  await field(page, 'Nama saksi 1').fill('Budi Santoso');
  await page.getByLabel('Saya menyatakan laporan ini benar').check();
  await page.getByLabel('Saya memahami bahwa dalam penanganan').check();
  await page
    .locator('input[type=file]')
    .first()
    .setInputFiles([
      { name: 'bukti.png', mimeType: 'image/png', buffer: PNG },
      { name: 'catatan.txt', mimeType: 'text/plain', buffer: Buffer.from('bukan bukti') },
    ]);
  // The refused type is said per file, before anything is sent.
  await page.getByText('Jenis berkas tidak didukung (JPEG, PNG, WebP, PDF atau MP4).').waitFor();
  await expectAccessible(page, '/lapor (filled)');
  expect(await overflow(page), 'horizontal overflow on /lapor (filled)').toBeLessThanOrEqual(0);

  // A bad NIK: its own message next to the field, every typed value kept.
  await page.getByRole('button', { name: 'Kirim laporan' }).click();
  await page.getByText('NIK harus terdiri dari 16 angka').waitFor();
  await expectTypedValues(page);
  expect(await field(page, 'NIK').inputValue()).toBe('1234');
  await expectAccessible(page, '/lapor (field error)');
  await screenshot(page, 'cases-report-nik-error');

  await field(page, 'NIK').fill(VALID_NIK);
  await page.getByRole('button', { name: 'Kirim laporan' }).click();
  const codeBox = page.getByTestId('receipt-code');
  await codeBox.waitFor();
  const receiptCode = (await codeBox.textContent())?.trim() ?? '';
  const secret = (await page.getByTestId('tracking-secret').textContent())?.trim() ?? '';
  expect(receiptCode).toMatch(/^LP-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
  expect(secret.length).toBeGreaterThan(10);
  await page.getByText('Kode rahasia hanya ditampilkan sekali ini').waitFor();
  expect(await page.evaluate(() => window.localStorage.getItem('netra.reportDraft'))).toBeNull();

  // Each chosen file shows its own upload result.
  const items = page.getByTestId('evidence-item');
  await items.filter({ hasText: 'bukti.png' }).getByText('terkirim').waitFor();
  await items.filter({ hasText: 'catatan.txt' }).getByText('ditolak').waitFor();
  await expectAccessible(page, '/lapor (receipt)');
  expect(await overflow(page), 'horizontal overflow on the receipt').toBeLessThanOrEqual(0);
  await screenshot(page, 'cases-report-receipt');

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Unduh tanda terima (PDF)' }).click(),
  ]);
  const pdf = readFileSync(await download.path());
  expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');

  // Tracking: a wrong secret gets the server's own message, the right one the status.
  await page.goto('/lacak');
  await page.getByRole('heading', { level: 1, name: 'Lacak Status' }).waitFor();
  await expectAccessible(page, '/lacak');
  expect(await overflow(page), 'horizontal overflow on /lacak').toBeLessThanOrEqual(0);
  await field(page, 'Kode tanda terima').fill(receiptCode);
  await field(page, 'Kode rahasia').fill(`${secret}x`);
  await page.getByRole('button', { name: 'Lacak', exact: true }).click();
  await page.getByRole('alert').getByText('Kode rahasia pelacakan salah. Percobaan ini dicatat.').waitFor();
  await field(page, 'Kode rahasia').fill(secret);
  await page.getByRole('button', { name: 'Lacak', exact: true }).click();
  const result = page.getByTestId('tracking-result');
  await result.getByText('Diterima', { exact: true }).waitFor();
  await expectAccessible(page, '/lacak (status)');
  expect(await overflow(page), 'horizontal overflow on /lacak (status)').toBeLessThanOrEqual(0);
  await screenshot(page, 'cases-tracking');

  await page.goto('/pengumuman');
  await page.getByRole('heading', { level: 1, name: 'Pengumuman Status Laporan' }).waitFor();
  await page.waitForLoadState('networkidle');
  await expectAccessible(page, '/pengumuman');

  await page.goto('/informasi-awal');
  await page.getByRole('heading', { level: 1, name: 'Informasi Awal' }).waitFor();
  await expectAccessible(page, '/informasi-awal');
  await context.close();

  // Handling staff find the report by urgency, open it and take the first step.
  const staff = await openPage(browser(), url, 'cases-staff');
  const staffPage = staff.page;
  await submitPassword(staffPage, 'penanganan@bengkalis.netra.example', demo.password);
  await staffPage.getByRole('heading', { level: 1, name: 'Beranda' }).waitFor();
  await staffPage.getByRole('link', { name: 'Perkara', exact: true }).click();
  await staffPage.getByRole('heading', { level: 1, name: 'Perkara' }).waitFor();
  const link = staffPage.getByRole('link', { name: SUMMARY });
  await link.waitFor();
  await expectAccessible(staffPage, '/perkara');
  await screenshot(staffPage, 'cases-list');
  await link.click();
  await staffPage.getByRole('heading', { level: 1, name: SUMMARY }).waitFor();
  await staffPage.getByTestId('case-status').getByText('Diterima').waitFor();
  await expectAccessible(staffPage, '/perkara/:id');

  await staffPage.getByRole('button', { name: 'Mulai kajian awal' }).click();
  const dialog = staffPage.getByRole('dialog', { name: 'Mulai kajian awal' });
  await dialog.getByRole('button', { name: 'Lakukan' }).click();
  await staffPage.getByTestId('case-status').getByText('Kajian awal').waitFor();
  await staffPage.getByRole('cell', { name: 'Kajian awal' }).first().waitFor();
  await expectAccessible(staffPage, '/perkara/:id (initial study)');

  // The reporter's identity only on request, with a reason, and the look is audited.
  await staffPage.getByRole('button', { name: 'Lihat identitas pelapor' }).click();
  await field(staffPage, 'Alasan melihat identitas').fill('Menyiapkan undangan klarifikasi');
  await staffPage.getByRole('button', { name: 'Tampilkan dan catat' }).click();
  await staffPage.getByText('Akses ini telah dicatat dalam jejak audit.').waitFor();
  await staffPage.getByRole('cell', { name: VALID_NIK }).waitFor();
  await expectAccessible(staffPage, '/perkara/:id (reporter shown)');
  await screenshot(staffPage, 'cases-detail');
  await staff.context.close();
});
