import type { Page } from 'playwright-core';
import { expect, inject, test } from 'vitest';
import { expectAccessible, openPage, screenshot } from './support/browser';
import { field, signInAndEnrolTotp, submitPassword } from './support/flows';
import { useBrowser } from './support/suite';

const { url, demo } = inject('netra');
const browser = useBrowser();

const NUMBER = `077/PM.00.02/K.RI-03/${Date.now().toString(36)}`;
const AGENCIES = ['Dinas Pendidikan Kabupaten Bengkalis', 'Dinas Kesehatan Kabupaten Bengkalis'];

async function waitForStatus(page: Page, status: string) {
  await page.getByText(status, { exact: true }).first().waitFor();
}

test('draft → approve → issue to two agencies → an ASN acknowledges with the pledge → coverage shows it', async () => {
  const staff = await openPage(browser(), url, 'appeals-staff');
  await submitPassword(staff.page, 'pencegahan@bengkalis.netra.example', demo.password);
  await staff.page.getByRole('heading', { level: 1, name: 'Beranda' }).waitFor();
  await staff.page.goto('/pencegahan/imbauan');
  await staff.page.getByRole('heading', { level: 1, name: 'Imbauan' }).waitFor();
  await expectAccessible(staff.page, '/pencegahan/imbauan');
  await staff.page.getByRole('link', { name: 'Buat imbauan' }).click();
  await staff.page.getByRole('heading', { level: 1, name: 'Buat imbauan' }).waitFor();

  // A refused save keeps everything typed: the subject is missing at first.
  await field(staff.page, 'Nomor surat').fill(NUMBER);
  await staff.page
    .getByRole('textbox', { name: /^Yth\./ })
    .fill('Bupati Bengkalis\nKepala OPD se-Kabupaten Bengkalis');
  // The body is the second required textarea of the form (its label carries a long description).
  await staff.page
    .locator('form textarea[required]')
    .nth(1)
    .fill(
      'Kami mengimbau seluruh ASN untuk **menjaga netralitas**.\n\n- tidak mendukung pasangan calon;\n- tidak menyukai unggahan kampanye.',
    );
  await field(staff.page, 'Nama penanda tangan').fill('Rahmat Hidayat');
  await field(staff.page, 'Jabatan penanda tangan').fill('Ketua Bawaslu Kabupaten Bengkalis');
  await staff.page.getByRole('button', { name: 'Simpan draf' }).click();
  await staff.page.getByRole('alert').first().waitFor();
  expect(await field(staff.page, 'Nomor surat').inputValue()).toBe(NUMBER);
  await expectAccessible(staff.page, 'appeal editor with error');
  await field(staff.page, 'Perihal').fill('Imbauan Netralitas ASN menjelang pemungutan suara');
  await staff.page.getByRole('button', { name: 'Simpan draf' }).click();
  await waitForStatus(staff.page, 'Draf');
  const appealUrl = staff.page.url();
  await staff.page.getByRole('button', { name: 'Ajukan ke komisioner' }).click();
  await waitForStatus(staff.page, 'Menunggu persetujuan');

  const commissioner = await openPage(browser(), url, 'appeals-commissioner');
  await signInAndEnrolTotp(commissioner.page, 'komisioner@bengkalis.netra.example', demo.password);
  await commissioner.page.goto(appealUrl);
  await commissioner.page.getByRole('button', { name: 'Setujui' }).click();
  await waitForStatus(commissioner.page, 'Disetujui');
  await expectAccessible(commissioner.page, 'appeal approved (commissioner)');
  await commissioner.context.close();

  await staff.page.reload();
  await staff.page.getByRole('button', { name: 'Terbitkan surat' }).click();
  await waitForStatus(staff.page, 'Diterbitkan');
  await staff.page.getByText(/Kode imbauan: IMB-/).waitFor();
  await staff.page.getByRole('button', { name: 'Distribusikan' }).click();
  const dialog = staff.page.getByRole('dialog');
  for (const agency of AGENCIES)
    await dialog.getByRole('checkbox', { name: new RegExp(`^${agency} — `) }).check();
  await expectAccessible(staff.page, 'distribution dialog');
  await dialog.getByRole('button', { name: 'Kirim' }).click();
  await dialog.getByText(/ASN ditambahkan sebagai sasaran/).waitFor();
  // Demo agencies have no HR account: their personal links are shown once to the distributing staff.
  const firstRow = dialog.locator('tbody tr').first();
  const nip = (await firstRow.locator('td').nth(1).textContent())!.trim();
  const name = (await firstRow.locator('td').nth(2).textContent())!.trim();
  const link = (await firstRow.getByRole('link').getAttribute('href'))!;
  expect(nip).toMatch(/^\d{18}$/);
  await screenshot(staff.page, 'appeal-distributed');
  await staff.page.keyboard.press('Escape');

  // The ASN on a phone, without an account.
  const asn = await openPage(browser(), url, 'appeals-asn', { width: 360, height: 740 });
  await asn.page.goto(new URL(link).pathname);
  await asn.page.getByRole('heading', { level: 1, name: 'Konfirmasi Imbauan' }).waitFor();
  await asn.page.getByText('Imbauan Netralitas ASN menjelang pemungutan suara').waitFor();
  await expectAccessible(asn.page, 'acknowledgment page');
  await field(asn.page, 'NIP (18 angka)').fill('199001012020121001');
  await asn.page.getByLabel('Saya telah membaca dan memahami imbauan ini.').check();
  await asn.page.getByRole('button', { name: 'Konfirmasi' }).click();
  await asn.page.getByText('Tautan ini dibuat untuk ASN dengan NIP lain').waitFor();
  expect(await field(asn.page, 'NIP (18 angka)').inputValue()).toBe('199001012020121001');
  await field(asn.page, 'NIP (18 angka)').fill(nip);
  await asn.page.getByLabel('Saya menandatangani pakta integritas netralitas ASN').check();
  await field(asn.page, 'Nama lengkap (sebagai tanda tangan)').fill(name);
  await asn.page.getByRole('button', { name: 'Konfirmasi' }).click();
  await asn.page.getByText('Terima kasih. Konfirmasi Anda telah tercatat.').waitFor();
  await asn.page.getByText('Pakta integritas Anda telah tercatat.').waitFor();
  await expectAccessible(asn.page, 'acknowledgment done');
  await screenshot(asn.page, 'appeal-acknowledged');
  await asn.context.close();

  await staff.page.reload();
  const table = staff.page.getByRole('table', { name: 'Cakupan konfirmasi' });
  await table.waitFor();
  const footer = table.locator('tfoot tr');
  const cells = await footer.locator('th').allTextContents();
  expect(cells[0]).toBe('Jumlah');
  expect(cells[3]).toMatch(/^1 \(/);
  expect(cells[4]).toMatch(/^1 \(/);
  expect(await table.locator('tbody tr').count()).toBe(2);
  await expectAccessible(staff.page, 'coverage table');

  await staff.page.goto('/imbauan');
  await staff.page.getByRole('link', { name: 'Imbauan Netralitas ASN menjelang pemungutan suara' }).waitFor();
  await staff.context.close();
});
