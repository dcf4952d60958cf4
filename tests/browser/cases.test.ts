import { readFileSync } from 'node:fs';
import type { Locator, Page } from 'playwright-core';
import { expect, inject, test } from 'vitest';
import { expectAccessible, openPage, screenshot } from './support/browser';
import { choose, field, signInAndEnrolTotp, submitPassword } from './support/flows';
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

test('the whole journey: the public reports on a phone; staff study, register, clarify and study; the plenary decides; forwarding; agency HR records and executes the sanction; the case closes; the reporter sees each status and the announcement shows no identity', async () => {
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
  // Visitors without an account search villages by name; the option names the sub-district too.
  await page.getByRole('combobox', { name: 'Desa/kelurahan' }).fill(demo.villageName);
  await page
    .getByRole('option', { name: new RegExp(`Siak Kecil \\(${demo.villageCode.replaceAll('.', '\\.')}\\)`) })
    .click();
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
  // The reporter's phone stays open: they look again at each stage below.
  const reporterSees = (status: string) => trackedStatus(page, receiptCode, secret, status);

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

  // Registration in the form: both checklists complete; the next deadline and the evidence show.
  await staffPage.getByRole('button', { name: 'Registrasi', exact: true }).click();
  const registration = staffPage.getByRole('dialog', { name: 'Registrasi' });
  for (const box of await registration.getByRole('checkbox').all()) await box.check();
  await registration.getByRole('button', { name: 'Lakukan' }).click();
  await staffPage.getByTestId('case-status').getByText('Diregistrasi').waitFor();
  const registerNumber = (await staffPage.getByRole('heading', { level: 1 }).textContent())?.trim() ?? '';
  expect(registerNumber).toMatch(/\/Reg\//);
  await expect
    .poll(() => staffPage.getByTestId('next-deadline').textContent())
    .toContain('Batas waktu berikutnya');
  const [evidence] = await Promise.all([
    staffPage.waitForEvent('download'),
    staffPage.getByRole('button', { name: /^Unduh bukti 1 \(PNG/ }).click(),
  ]);
  expect(readFileSync(await evidence.path()).equals(PNG)).toBe(true);
  await expectAccessible(staffPage, '/perkara/:id (registered)');
  const caseUrl = staffPage.url();
  await reporterSees('Diregistrasi');

  // Clarification: invite the reporter and the reported party, record who attended.
  const step = async (button: string, fill: (dialog: Locator) => Promise<void>, status: string) => {
    await staffPage.getByRole('button', { name: button, exact: true }).click();
    const dialog = staffPage.getByRole('dialog', { name: button });
    await fill(dialog);
    await dialog.getByRole('button', { name: 'Lakukan' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await staffPage.getByTestId('case-status').getByText(status, { exact: true }).waitFor();
  };
  await step(
    'Mulai klarifikasi',
    async (d) => {
      await d.getByLabel('Pelapor', { exact: true }).check();
      await d.getByLabel('Terlapor', { exact: true }).check();
    },
    'Klarifikasi',
  );
  await step(
    'Catat hasil klarifikasi',
    async (d) => {
      await d.getByLabel('Pelapor hadir').check();
      await d.getByLabel('Terlapor hadir').check();
    },
    'Kajian',
  );
  // The study (kajian) names the SKB catalogue entry the conduct breaches.
  await step(
    'Ajukan kajian',
    async (d) => {
      await choose(staffPage, 'Kesimpulan', /^Pelanggaran$/, d);
      await field(staffPage, 'Entri katalog aturan (ID)').fill('skb2022.ethics.1');
      await field(staffPage, 'Analisis').fill(
        'Camat mengajak warga memilih pasangan calon dalam acara warga.',
      );
    },
    'Rapat pleno',
  );
  await expectAccessible(staffPage, '/perkara/:id (plenary)');

  // The plenary decision by a commissioner, who enrols two-factor authentication first.
  const commissioner = await openPage(browser(), url, 'cases-commissioner');
  const commissionerPage = commissioner.page;
  await signInAndEnrolTotp(commissionerPage, 'kordiv.penanganan@bengkalis.netra.example', demo.password);
  await commissionerPage.goto(caseUrl);
  await commissionerPage.getByTestId('case-status').getByText('Rapat pleno').waitFor();
  await commissionerPage.getByRole('button', { name: 'Putuskan: pelanggaran' }).click();
  const plenary = commissionerPage.getByRole('dialog', { name: 'Putuskan: pelanggaran' });
  await field(commissionerPage, 'Anggota hadir').fill('4');
  await field(commissionerPage, 'Jumlah anggota').fill('5');
  await plenary.getByLabel('Netralitas ASN (BKN/KASN, PPK)').check();
  await plenary.getByRole('button', { name: 'Lakukan' }).click();
  await commissionerPage.getByTestId('case-status').getByText('Pelanggaran', { exact: true }).waitFor();
  await reporterSees('Pelanggaran');

  // Forwarding in the form: BKN and the regency's BKPSDM (the PPK's agency) receive it.
  await staffPage.reload();
  await staffPage.getByTestId('case-status').getByText('Pelanggaran').waitFor();
  await staffPage.getByRole('button', { name: 'Teruskan', exact: true }).click();
  const forward = staffPage.getByRole('dialog', { name: 'Teruskan' });
  await forward.getByLabel('Netralitas ASN (BKN/KASN, PPK)', { exact: true }).check();
  // The default recipients are listed and checked; staff could leave one out.
  for (const recipient of [/^BKPSDM Kabupaten Bengkalis \(/, /^Badan Kepegawaian Negara \(/])
    expect(await forward.getByRole('checkbox', { name: recipient }).isChecked()).toBe(true);
  await field(staffPage, 'Nomor surat penerusan').fill('045/PP.01.02/K.RI-14.03/2026');
  await field(staffPage, 'Tanggal surat penerusan').fill(daysAgo(0));
  await field(staffPage, 'Rekomendasi sanksi').fill('Hukuman disiplin sedang');
  await forward.getByRole('button', { name: 'Lakukan' }).click();
  await staffPage.getByTestId('case-status').getByText('Diteruskan').waitFor();
  const rows = staffPage.getByTestId('forwarding-row');
  await rows.filter({ hasText: 'BKPSDM Kabupaten Bengkalis' }).getByText('Menunggu tindak lanjut').waitFor();
  await rows.filter({ hasText: 'Badan Kepegawaian Negara' }).waitFor();
  await expectAccessible(staffPage, '/perkara/:id (forwarded)');
  await reporterSees('Diteruskan');

  // Agency HR of the BKPSDM: only its own forwardings, never the reporter; records the sanction.
  const hr = await openPage(browser(), url, 'cases-agency-hr');
  const hrPage = hr.page;
  await submitPassword(hrPage, 'bkpsdm@bengkalis.netra.example', demo.password);
  await hrPage.getByRole('heading', { level: 1, name: 'Beranda' }).waitFor();
  await hrPage.getByRole('link', { name: 'Tindak Lanjut', exact: true }).click();
  await hrPage.getByRole('heading', { level: 1, name: 'Tindak Lanjut' }).waitFor();
  await expectAccessible(hrPage, '/tindak-lanjut');
  await hrPage.getByRole('link', { name: registerNumber }).click();
  await hrPage.getByRole('heading', { level: 1, name: registerNumber }).waitFor();
  await hrPage.getByText('Hukuman disiplin sedang').waitFor();
  await hrPage.getByText('Drs. Ahmad Fauzi', { exact: false }).waitFor();
  const hrText = (await hrPage.locator('main').textContent()) ?? '';
  for (const secretValue of ['Nur Hasanah', VALID_NIK, '081234567890', 'siti@example.org'])
    expect(hrText).not.toContain(secretValue);
  await expectAccessible(hrPage, '/tindak-lanjut/:id');
  // The decision document is checked on its bytes: a text file named .pdf is refused.
  const documentInput = hrPage.locator('input[type=file]');
  await documentInput.setInputFiles({
    name: 'sk.pdf',
    mimeType: 'application/pdf',
    buffer: Buffer.from('teks'),
  });
  await hrPage.getByRole('button', { name: 'Unggah dokumen' }).click();
  await hrPage.getByText('Dokumen keputusan harus berupa PDF, JPEG atau PNG').waitFor();
  await documentInput.setInputFiles({
    name: 'sk.pdf',
    mimeType: 'application/pdf',
    buffer: Buffer.from('%PDF-1.4\n% Keputusan Bupati\n%%EOF\n'),
  });
  await hrPage.getByRole('button', { name: 'Unggah dokumen' }).click();
  await hrPage.getByText('Dokumen surat keputusan sudah tersimpan.').waitFor();
  await choose(
    hrPage,
    'Sanksi yang dijatuhkan',
    'Sedang: pemotongan tunjangan kinerja 25% selama 6 bulan (PP 94/2021)',
  );
  await field(hrPage, 'Nomor surat keputusan').fill('800/123/BKPSDM/2026');
  await field(hrPage, 'Tanggal surat keputusan').fill(daysAgo(0));
  await hrPage.getByRole('button', { name: 'Simpan keputusan' }).click();
  await hrPage
    .getByTestId('follow-up-outcome')
    .getByText(/Dijatuhi sanksi/)
    .waitFor();
  await expectAccessible(hrPage, '/tindak-lanjut/:id (recorded)');
  await screenshot(hrPage, 'cases-follow-up');

  // Staff cannot close it yet: the sanction is decided but not carried out.
  await staffPage.reload();
  await staffPage.getByTestId('case-status').getByText('Tindak lanjut').waitFor();
  await staffPage.getByRole('button', { name: 'Tutup perkara' }).click();
  const closing = staffPage.getByRole('dialog', { name: 'Tutup perkara' });
  await closing.getByRole('button', { name: 'Lakukan' }).click();
  await closing.getByText('Sanksi yang sudah dijatuhkan belum dicatat pelaksanaannya').waitFor();
  await closing.getByRole('button', { name: 'Batal' }).click();

  // The execution with its evidence: a disguised file is refused and the typed values stay.
  const executionText = 'SK hukuman disiplin diserahkan kepada yang bersangkutan';
  await field(hrPage, 'Tanggal pelaksanaan').fill(daysAgo(0));
  await field(hrPage, 'Uraian pelaksanaan').fill(executionText);
  const evidenceInput = hrPage.locator('input[type=file]').last();
  await evidenceInput.setInputFiles({
    name: 'ba.pdf',
    mimeType: 'application/pdf',
    buffer: Buffer.from('teks'),
  });
  await hrPage.getByRole('button', { name: 'Simpan pelaksanaan' }).click();
  await hrPage.getByText('Dokumen keputusan harus berupa PDF, JPEG atau PNG').last().waitFor();
  expect(await field(hrPage, 'Uraian pelaksanaan').inputValue()).toBe(executionText);
  await evidenceInput.setInputFiles({
    name: 'ba.pdf',
    mimeType: 'application/pdf',
    buffer: Buffer.from('%PDF-1.4\n% Berita acara penyerahan SK\n%%EOF\n'),
  });
  await hrPage.getByRole('button', { name: 'Simpan pelaksanaan' }).click();
  await hrPage.getByTestId('execution-recorded').getByText(executionText, { exact: false }).waitFor();
  await expectAccessible(hrPage, '/tindak-lanjut/:id (executed)');
  await hr.context.close();

  // Bawaslu staff see the follow-up and its execution on the case page, and close the case.
  await staffPage.reload();
  await staffPage.getByTestId('case-status').getByText('Tindak lanjut').waitFor();
  const recorded = rows.filter({ hasText: 'BKPSDM Kabupaten Bengkalis' });
  await recorded.getByText('Sudah ditindaklanjuti').waitFor();
  await recorded.getByText(/Sedang: pemotongan tunjangan kinerja 25% selama 6 bulan/).waitFor();
  await recorded.getByText(/800\/123\/BKPSDM\/2026/).waitFor();
  await recorded.getByTestId('forwarding-execution').getByText(executionText, { exact: false }).waitFor();
  const [executionEvidence] = await Promise.all([
    staffPage.waitForEvent('download'),
    recorded.getByRole('button', { name: 'Unduh bukti pelaksanaan' }).click(),
  ]);
  expect(
    readFileSync(await executionEvidence.path())
      .subarray(0, 5)
      .toString('latin1'),
  ).toBe('%PDF-');
  // Away from the clicked button, whose hover colours are not what axe should judge.
  await staffPage.mouse.move(0, 0);
  await expectAccessible(staffPage, '/perkara/:id (followed up)');
  await screenshot(staffPage, 'cases-detail-follow-up');
  await step('Tutup perkara', async () => undefined, 'Selesai');
  await staff.context.close();

  // The reporter sees every status the case went through, and the public announcement names the
  // register number, the conduct and the status, never the reporter.
  await reporterSees('Selesai');
  const history = page.getByTestId('tracking-result').getByRole('table');
  // The history lists each status reached after "Diterima" (shown at the first look above).
  for (const status of [
    'Kajian awal',
    'Diregistrasi',
    'Klarifikasi',
    'Kajian',
    'Rapat pleno',
    'Pelanggaran',
    'Diteruskan',
    'Tindak lanjut',
    'Selesai',
  ])
    await history.getByRole('cell', { name: status, exact: true }).first().waitFor();
  await page.goto('/pengumuman');
  const announced = page.getByRole('row').filter({ hasText: registerNumber });
  await announced.getByText('Selesai', { exact: true }).waitFor();
  await announced.getByText(SUMMARY, { exact: false }).waitFor();
  const publicText = (await page.locator('main').textContent()) ?? '';
  for (const secretValue of ['Nur Hasanah', VALID_NIK, '081234567890', 'siti@example.org', 'Jl. Pelabuhan'])
    expect(publicText).not.toContain(secretValue);
  await expectAccessible(page, '/pengumuman (closed case)');
  await context.close();
  // The whole procedure from report to closing, with four people, on a shared 2-core machine.
}, 480_000);

/** The status the reporter sees on /lacak with the receipt code and the secret. */
async function trackedStatus(page: Page, receiptCode: string, secret: string, status: string) {
  await page.goto('/lacak');
  await field(page, 'Kode tanda terima').fill(receiptCode);
  await field(page, 'Kode rahasia').fill(secret);
  await page.getByRole('button', { name: 'Lacak', exact: true }).click();
  const badge = page.getByTestId('tracking-result').locator('.mantine-Badge-root');
  await expect.poll(() => badge.textContent()).toBe(status);
}
