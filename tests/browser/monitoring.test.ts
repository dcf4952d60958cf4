import { createHash } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { expectAccessible, openPage, screenshot } from './support/browser';
import { field, signOut, submitPassword } from './support/flows';
import { useBrowser } from './support/suite';

const { url, demo } = inject('netra');
const browser = useBrowser();

// Everything this run creates carries the run id, so the desk rows are this test's own.
const run = Date.now().toString(36);
const HANDLE = `guru_${run}`;
// NIP: born 1985-03-12, appointed 2010-01, man (1), sequence from the run.
const NIP = `198503122010011${String(Date.now() % 1000).padStart(3, '0')}`;
const ASN_NAME = `Drs. Hendra Uji ${run}`;
const SUPERVISOR = 'panwascam.siakkecil@bengkalis.netra.example';
const AGENCY = `Dinas Pendidikan Uji ${run}`;

// The page the ASN's account liked, served by the test itself (no internet in tests).
let site: http.Server;
let postUrl = '';
beforeAll(async () => {
  site = http.createServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.end(
      `<!doctype html><html lang="id"><head><title>Unggahan paslon ${run}</title></head>` +
        `<body><h1>Ayo dukung paslon nomor urut!</h1><p>Disukai oleh @${HANDLE}</p></body></html>`,
    );
  });
  await new Promise<void>((resolve) => site.listen(0, '127.0.0.1', resolve));
  postUrl = `http://127.0.0.1:${(site.address() as AddressInfo).port}/status/${run}`;
});
afterAll(() => new Promise<void>((resolve) => site.close(() => resolve())));

async function signedIn(name: string, email: string) {
  const opened = await openPage(browser(), url, name);
  await submitPassword(opened.page, email, demo.password);
  await opened.page.getByRole('heading', { level: 1, name: 'Beranda' }).waitFor();
  return opened;
}

/** The demo's candidate pair with an official X account (seeded by seedDemoMonitoringData). */
async function candidateAccount(supervisor: Page): Promise<{ handle: string; accountId: string | null }> {
  const listed = (await (await supervisor.request.get('/api/candidates')).json()) as {
    items?: { accounts: { platform: string; kind: string; handle: string; accountId?: string | null }[] }[];
  };
  const items = Array.isArray(listed) ? (listed as NonNullable<typeof listed.items>) : (listed.items ?? []);
  const official = items.flatMap((c) => c.accounts).find((a) => a.platform === 'x' && a.kind === 'official');
  // The commissioner's first sign-in enrols two-factor, which appeals.test.ts does; so this test
  // relies on the demo candidates instead of creating one as the commissioner.
  if (!official) throw new Error('the demo data has no candidate with an official X account');
  return { handle: official.handle, accountId: official.accountId ?? null };
}

test(
  'registry and events → leads → confirm the identity → capture the page → promote to a finding with the evidence',
  { timeout: 300_000 },
  async () => {
    // 1. The prevention staff import the ASN registry (CSV as the civil-service office exports it)
    // on the registry page. The demo registry, candidates and events are already seeded; this run
    // adds its own civil servant so that its lead is new.
    const prevention = await signedIn('monitoring-registry', 'pencegahan@bengkalis.netra.example');
    const csv =
      'NIP,Nama,Jenis ASN,Instansi,Unit Kerja,Jabatan,Pangkat/Golongan,Kode Wilayah,Akun Media Sosial\n' +
      `${NIP},"${ASN_NAME}",PNS,${AGENCY},SD Negeri 3 Siak Kecil,Guru Ahli Muda,III/c,14.03.12,x:@${HANDLE}\n`;
    await prevention.page.goto('/pemantauan/registri');
    await prevention.page
      .locator('input[type=file]')
      .first()
      .setInputFiles({
        name: 'registri-asn.csv',
        mimeType: 'text/csv',
        buffer: Buffer.from(csv),
      });
    await prevention.page.getByRole('button', { name: 'Impor', exact: true }).click();
    await expect.poll(() => prevention.page.getByTestId('count-inserted').textContent()).toBe('1');
    expect(await prevention.page.getByTestId('count-rejected').textContent()).toBe('0');
    await prevention.context.close();

    // 2. The field supervisor sends interaction events: the ASN's account likes the candidate's post.
    const supervisor = await signedIn('monitoring-supervisor', SUPERVISOR);
    const page = supervisor.page;
    const target = await candidateAccount(page);
    const events = [0, 1].map((i) => ({
      id: `uji-${run}-${i}`,
      type: 'like',
      platform: 'x',
      actorAccountId: `akun-${run}`,
      targetAccountId: target.accountId ?? target.handle,
      targetPostId: `status-${run}`,
      url: postUrl,
      occurredAt: `2024-10-1${i}T09:30:00+07:00`,
      actor: { handle: HANDLE, displayName: ASN_NAME },
    }));
    await page.goto('/pemantauan/impor');
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    await page
      .locator('input[type=file]')
      .first()
      .setInputFiles({
        name: `peristiwa-${run}.ndjson`,
        mimeType: 'application/x-ndjson',
        buffer: Buffer.from(events.map((e) => JSON.stringify(e)).join('\n') + '\n'),
      });
    await field(page, 'Kode wilayah').fill('14.03.12');
    await page.getByRole('button', { name: 'Impor peristiwa' }).click();
    await expect.poll(() => page.getByTestId('count-inserted').textContent()).toBe('2');
    expect(Number(await page.getByTestId('count-leads').textContent())).toBeGreaterThanOrEqual(2);

    // 3. Leads appear on the desk, ranked, filtered to open ones.
    await page.goto('/pemantauan');
    await page.getByRole('heading', { level: 1, name: 'Meja Triase Pemantauan' }).waitFor();
    await field(page, 'Instansi').fill(AGENCY);
    await page.getByRole('button', { name: 'Terapkan' }).click();
    const leadLink = page.getByRole('link', { name: `x @${HANDLE}` }).first();
    await leadLink.waitFor();
    await expectAccessible(page, '/pemantauan');
    await screenshot(page, 'monitoring-desk');
    await leadLink.click();
    await page.getByRole('heading', { level: 1, name: `Prospek @${HANDLE}` }).waitFor();
    const leadPath = new URL(page.url()).pathname;
    await page.getByText(NIP).waitFor();
    await page.getByTestId('linked-accounts').getByText(`x @${HANDLE}`).waitFor();
    await expectAccessible(page, '/pemantauan/prospek/:id');

    // 4. Confirm the identity link.
    await page.getByRole('button', { name: 'Konfirmasi tautan identitas' }).click();
    const confirm = page.getByRole('dialog', { name: 'Konfirmasi tautan identitas' });
    await confirm.getByLabel('Catatan (opsional)').fill('Foto profil dan unit kerja cocok');
    await confirm.getByRole('button', { name: 'Kirim' }).click();
    await page.getByTestId('lead-status').getByText('Identitas dikonfirmasi').waitFor();

    // 5. Capture the post page (served by this test) as evidence; the page polls until it is done.
    await page.getByRole('button', { name: 'Ambil bukti halaman' }).click();
    const card = page.getByTestId('capture-card').first();
    await card.and(page.locator('[data-status="done"]')).waitFor({ timeout: 60_000 });
    await card.getByRole('img', { name: /Tangkapan layar halaman/ }).waitFor();
    await card.getByText(`Unggahan paslon ${run}`).waitFor();
    const shaText = (await card.getByTestId('screenshot-sha').textContent()) ?? '';
    const screenshotSha = shaText.slice(shaText.lastIndexOf(' ') + 1);
    expect(screenshotSha).toMatch(/^[0-9a-f]{64}$/);
    await expectAccessible(page, '/pemantauan/prospek/:id (captured)');
    await screenshot(page, 'monitoring-lead');

    // Any URL a supervisor pastes can be captured too.
    await page.goto('/pemantauan/tangkapan');
    await page.getByRole('heading', { level: 1, name: 'Ambil Bukti Halaman' }).waitFor();
    await expectAccessible(page, '/pemantauan/tangkapan');
    await field(page, 'Alamat halaman (URL)').fill(`${postUrl}?tempel=1`);
    await page.getByRole('button', { name: 'Ambil bukti' }).click();
    await page.getByRole('heading', { level: 1, name: 'Tangkapan Halaman' }).waitFor();
    await page.locator('[data-testid="capture-card"][data-status="done"]').waitFor({ timeout: 60_000 });
    await expectAccessible(page, '/pemantauan/tangkapan/:id');

    // The network view shows the ASN account × candidate account link.
    await page.goto('/pemantauan/jaringan');
    await page.getByRole('heading', { level: 1, name: 'Jaringan Akun ASN dan Paslon' }).waitFor();
    await page
      .getByTestId('network-edge')
      .filter({ hasText: `@${HANDLE}` })
      .waitFor();
    await expectAccessible(page, '/pemantauan/jaringan');
    await signOut(page);
    await supervisor.context.close();

    // 6. Handling staff turn the lead into a finding, pre-filled, with the capture as evidence.
    const staff = await signedIn('monitoring-handling', 'penanganan@bengkalis.netra.example');
    const staffPage = staff.page;
    await staffPage.goto(leadPath);
    await staffPage.getByRole('heading', { level: 1, name: `Prospek @${HANDLE}` }).waitFor();
    await staffPage.getByRole('button', { name: 'Jadikan temuan' }).click();
    const promote = staffPage.getByRole('dialog', { name: 'Jadikan temuan' });
    await expect.poll(() => promote.getByLabel(/^Uraian temuan/).inputValue()).toContain(NIP);
    await promote.getByLabel(/^Nomor surat tugas/).fill(`ST-${run}/PM.01/10/2024`);
    await promote.getByLabel(/^Jabatan pengawas/).fill('Staf Penanganan Pelanggaran');
    expect(await promote.getByRole('checkbox').first().isChecked()).toBe(true);
    await expectAccessible(staffPage, '/pemantauan/prospek/:id (promote form)');
    await promote.getByRole('button', { name: 'Jadikan temuan' }).click();
    await staffPage.getByTestId('lead-status').getByText('Menjadi temuan').waitFor();
    const evidenceLinks = staffPage.getByTestId('case-evidence').getByRole('link');
    await expect.poll(() => evidenceLinks.count()).toBeGreaterThanOrEqual(2);

    // The attached screenshot is the captured one, byte for byte, served by the case.
    const pngHref = await evidenceLinks.filter({ hasText: 'image/png' }).first().getAttribute('href');
    const png = await staffPage.request.get(pngHref!);
    expect(png.status()).toBe(200);
    const bytes = await png.body();
    expect(bytes.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    expect(createHash('sha256').update(bytes).digest('hex')).toBe(screenshotSha);

    // The case exists: a finding (temuan) whose Form A narrative names the ASN.
    await staffPage.getByRole('link', { name: 'Buka perkara' }).click();
    await staffPage.waitForURL('**/perkara/*');
    await staffPage.getByText(NIP, { exact: false }).first().waitFor();
    await expectAccessible(staffPage, '/perkara/:id (finding from a lead)');
    await screenshot(staffPage, 'monitoring-finding');
    await staff.context.close();
  },
);
