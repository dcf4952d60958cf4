import type { Page } from 'playwright-core';
import sharp from 'sharp';
import { expect, inject, test } from 'vitest';
import { expectAccessible, openPage, screenshot } from './support/browser';
import { choose, field, submitPassword } from './support/flows';
import { useBrowser } from './support/suite';

const { url, demo } = inject('netra');
const browser = useBrowser();

const RUN = Date.now().toString(36);
const ACTIVITY = `Sambang petani sawit tolak politik uang ${RUN}`;
const ARTICLE = `Polsek Siak Kecil sambangi petani sawit ${RUN}`;
/** Today's date and a time in WIB (Bengkalis), as a datetime-local input takes it. */
const todayWib = () => new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);

/** Picks an option of a Mantine MultiSelect by typing part of it. */
async function pickMulti(page: Page, label: string, typed: string, option: string | RegExp) {
  const input = page.getByRole('combobox', { name: new RegExp(`^${label}( \\*)?$`) });
  // The pill container lies over the input: typing focuses it and opens the options.
  await input.fill(typed);
  await page.getByRole('option', { name: option }).first().click();
  await page.keyboard.press('Escape');
}

test('police log an activity with a photo; it shows in the calendar, the coverage table and a news article', async () => {
  // A Siak Kecil village without demo activities (the demo uses the first five).
  const { page: police, context } = await openPage(browser(), url, 'outreach-police');
  await submitPassword(police, 'polsek.siakkecil@bengkalis.netra.example', demo.password);
  await police.getByRole('heading', { level: 1, name: 'Beranda' }).waitFor();
  const children = await context.request.get('/api/regions/14.03.12/children?page=1&pageSize=50');
  const villages = ((await children.json()) as { items: { code: string; name: string }[] }).items;
  const village = villages[6]!;

  await police.goto('/pencegahan/kegiatan/baru');
  await police.getByRole('heading', { level: 1, name: 'Catat kegiatan' }).waitFor();
  await field(police, 'Nama kegiatan').fill(ACTIVITY);
  await choose(police, 'Jenis kegiatan', 'Kunjungan/sambang');
  await pickMulti(police, 'Topik', 'Politik', 'Politik uang');
  await pickMulti(police, 'Sasaran', 'sawit', 'Petani sawit');
  await pickMulti(police, 'Organisasi mitra', 'Panwaslu', 'Panwaslu Kecamatan Siak Kecil');
  const region = police.getByRole('combobox', { name: /^Wilayah \(cari nama atau kode\)/ });
  await region.fill(village.code);
  await police.getByRole('option', { name: new RegExp(village.code.replaceAll('.', '\\.')) }).click();
  await field(police, 'Alamat/tempat').fill('Kebun kelompok tani');
  await field(police, 'Mulai (waktu setempat)').fill(`${todayWib()}T07:30`);
  // Logged ahead as planned, with the expected turnout; marked done below.
  await police.locator('label', { hasText: 'Direncanakan' }).click();
  await field(police, 'Jumlah peserta').fill('18');
  await expectAccessible(police, '/pencegahan/kegiatan/baru (filled)');
  await police.getByRole('button', { name: 'Simpan kegiatan' }).click();
  await police.getByRole('heading', { level: 1, name: ACTIVITY }).waitFor();
  expect(police.url()).toMatch(/\/pencegahan\/kegiatan\/[0-9a-f-]{36}$/);
  const activityPath = new URL(police.url()).pathname;
  await police.getByText(/Mitra: Panwaslu Kecamatan Siak Kecil/).waitFor();

  // A photo with a caption; the page then shows the stored (metadata-free) copy.
  const photo = await sharp({ create: { width: 64, height: 48, channels: 3, background: '#2d6a4f' } })
    .jpeg()
    .withExif({ IFD0: { Make: 'KameraPolsek' } })
    .toBuffer();
  await police
    .locator('input[type="file"]')
    .setInputFiles({ name: 'sambang.jpg', mimeType: 'image/jpeg', buffer: photo });
  await field(police, 'Keterangan foto').fill('Bhabinkamtibmas berdialog dengan petani');
  await police.getByRole('button', { name: 'Unggah foto' }).click();
  await police.getByText('Foto tersimpan.').waitFor();
  const img = police.getByRole('img', { name: 'Bhabinkamtibmas berdialog dengan petani' });
  await img.waitFor();
  expect(await img.evaluate((el) => (el as HTMLImageElement).naturalWidth)).toBe(64);
  await expectAccessible(police, 'activity detail with photo');

  // Afterwards: mark it done with the real turnout. The form opens filled with the activity.
  await police.getByRole('link', { name: 'Ubah' }).waitFor();
  await police.getByRole('link', { name: 'Tandai terlaksana' }).click();
  await police.getByRole('heading', { level: 1, name: 'Tandai kegiatan terlaksana' }).waitFor();
  expect(await field(police, 'Nama kegiatan').inputValue()).toBe(ACTIVITY);
  expect(await field(police, 'Jumlah peserta').inputValue()).toBe('18');
  expect(await field(police, 'Mulai (waktu setempat)').inputValue()).toBe(`${todayWib()}T07:30`);
  expect(await police.getByRole('radio', { name: 'Terlaksana' }).isChecked()).toBe(true);
  await police
    .getByText(/Panwaslu Kecamatan Siak Kecil/)
    .first()
    .waitFor();
  await field(police, 'Jumlah peserta').fill('23');
  await field(police, 'Daftar hadir (satu nama per baris, opsional; tidak pernah dipublikasikan)').fill(
    'Ahmad Yani\nSiti Rahmah',
  );
  await field(police, 'Catatan').fill('Petani sepakat menolak serangan fajar.');
  // Bad input: the end before the start. The message shows beside the field; nothing typed is lost.
  await field(police, 'Selesai (opsional)').fill(`${todayWib()}T06:00`);
  await police.getByRole('button', { name: 'Simpan perubahan' }).click();
  await police.getByText('Selesai sebelum mulai').waitFor();
  expect(await field(police, 'Selesai (opsional)').getAttribute('aria-invalid')).toBe('true');
  expect(await field(police, 'Jumlah peserta').inputValue()).toBe('23');
  expect(await field(police, 'Catatan').inputValue()).toBe('Petani sepakat menolak serangan fajar.');
  await expectAccessible(police, '/pencegahan/kegiatan/:id/ubah (error)');
  await field(police, 'Selesai (opsional)').fill(`${todayWib()}T09:00`);
  await police.getByRole('button', { name: 'Simpan perubahan' }).click();
  await police.getByRole('heading', { level: 1, name: ACTIVITY }).waitFor();
  expect(new URL(police.url()).pathname).toBe(activityPath);
  await police.getByText('Peserta: 23').waitFor();
  await police.getByText('Catatan: Petani sepakat menolak serangan fajar.').waitFor();
  await police.getByText(/07:30.* – 09:00/).waitFor();
  await police.getByText('Terlaksana', { exact: true }).waitFor();
  expect(await police.getByRole('link', { name: 'Tandai terlaksana' }).count()).toBe(0);
  // The organiser and partners are unchanged by the edit.
  await police.getByText(/Mitra: Panwaslu Kecamatan Siak Kecil/).waitFor();

  // Calendar: the activity on today's date.
  await police.goto('/pencegahan/kegiatan');
  await police.getByRole('tab', { name: 'Kalender' }).click();
  const day = police.locator(`[data-day="${todayWib()}"]`);
  await day.getByRole('link', { name: new RegExp(`07:30 ${ACTIVITY}`) }).waitFor();
  await expectAccessible(police, '/pencegahan/kegiatan (calendar)');
  await screenshot(police, 'outreach-calendar');

  // Coverage of the police organisation's kecamatan: the village row counts it under its topic.
  await police.goto('/pencegahan/cakupan');
  const row = police.locator(`tr[data-area="${village.code}"]`);
  await row.waitFor();
  const cells = await row.locator('td').allTextContents();
  expect(cells[0]).toBe(village.name);
  expect(cells[1]).toBe('1'); // activities
  expect(cells[3]).toBe('1'); // politik uang (second topic column)
  expect(cells[2]).toBe('0'); // netralitas ASN
  await expectAccessible(police, '/pencegahan/cakupan');
  await context.close();

  // Humas writes an article linked to the activity and publishes it.
  const { page: humas, context: humasContext } = await openPage(browser(), url, 'outreach-humas');
  await submitPassword(humas, 'humas@bengkalis.netra.example', demo.password);
  await humas.getByRole('heading', { level: 1, name: 'Beranda' }).waitFor();
  await humas.goto('/pencegahan/berita/baru');
  await humas.getByRole('heading', { level: 1, name: 'Tulis berita' }).waitFor();
  await field(humas, 'Judul').fill(ARTICLE);
  await field(humas, 'Teras berita').fill('Bhabinkamtibmas mengajak petani sawit menolak serangan fajar.');
  await humas
    .getByLabel(/^Isi berita/)
    .fill('<p>Petani diajak <strong>menolak</strong> politik uang.</p><script>alert(1)</script>');
  await field(humas, 'Penulis').fill('Nurul Fadhilah');
  await pickMulti(humas, 'Kegiatan terkait', RUN, new RegExp(ACTIVITY));
  await humas.getByRole('button', { name: 'Simpan draf' }).click();
  await humas.waitForURL(/\/pencegahan\/berita\/[0-9a-f-]{36}$/);
  await humas.getByRole('button', { name: 'Terbitkan' }).click();
  await humas.getByRole('link', { name: 'Lihat halaman publik' }).click();
  await humas.getByRole('heading', { level: 1, name: ARTICLE }).waitFor();
  const related = humas.getByRole('heading', { name: 'Kegiatan terkait' });
  await related.waitFor();
  await humas.getByText(new RegExp(`${ACTIVITY} — ${village.name}, Siak Kecil`)).waitFor();
  expect(await humas.locator('.article-body').innerHTML()).toBe(
    '<p>Petani diajak <strong>menolak</strong> politik uang.</p>',
  );
  await humas.getByRole('heading', { name: 'Berita Lainnya' }).waitFor();
  await expectAccessible(humas, '/berita/:slug');

  // The activity now lists the article.
  await humas.goto(activityPath);
  await humas.getByRole('link', { name: ARTICLE }).waitFor();
  await humasContext.close();

  // The public news page, without an account.
  const { page: visitor, context: visitorContext } = await openPage(browser(), url, 'outreach-public');
  await visitor.goto('/berita');
  await visitor.getByRole('link', { name: ARTICLE }).waitFor();
  await expectAccessible(visitor, '/berita');
  await visitorContext.close();
});
