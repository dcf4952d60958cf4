import type { Page } from 'playwright-core';
import { expect, inject, test } from 'vitest';
import { expectAccessible, openPage, screenshot } from './support/browser';
import { signInAndEnrolTotp } from './support/flows';
import { useBrowser } from './support/suite';

const { url, accounts } = inject('netra');
const browser = useBrowser();

const PAGES: [string, string][] = [
  ['/', 'Beranda'],
  ['/admin/organisasi', 'Organisasi'],
  ['/admin/pengguna', 'Pengguna'],
  ['/admin/undangan', 'Undangan'],
  ['/admin/wilayah', 'Wilayah'],
  ['/admin/audit', 'Jejak Audit'],
  ['/akun/keamanan', 'Keamanan akun'],
  ['/perkara', 'Perkara'],
];

/** The phone navbar is moved off screen when collapsed, so "visible" means "inside the viewport". */
const isOnScreen = async (page: Page, name: string) => {
  const box = await page.getByRole('link', { name }).boundingBox();
  return box !== null && box.x >= 0 && box.x + box.width <= 360;
};
const overflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

test('on a 360×740 phone the navigation opens and no main page overflows sideways', async () => {
  const { page, context } = await openPage(browser(), url, 'mobile', { width: 360, height: 740 });
  await page.goto('/masuk');
  expect(await overflow(page)).toBeLessThanOrEqual(0);
  await signInAndEnrolTotp(page, accounts.mobile.email, accounts.mobile.password);

  for (const [path, title] of PAGES) {
    await page.goto(path);
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    await page.waitForLoadState('networkidle');
    expect(await overflow(page), `horizontal overflow on ${path}`).toBeLessThanOrEqual(0);
  }
  await screenshot(page, 'mobile-coming-soon');

  const navLink = page.getByRole('link', { name: 'Organisasi' });
  expect(await isOnScreen(page, 'Organisasi')).toBe(false);
  await page.getByRole('button', { name: 'Buka/tutup navigasi' }).click();
  await expect.poll(() => isOnScreen(page, 'Organisasi')).toBe(true);
  await expectAccessible(page, 'mobile navigation');
  await screenshot(page, 'mobile-navigation');
  await navLink.click();
  await page.getByRole('heading', { level: 1, name: 'Organisasi' }).waitFor();
  await expect.poll(() => isOnScreen(page, 'Organisasi')).toBe(false);
  await page.getByRole('cell', { name: 'Bawaslu Kabupaten Bengkalis', exact: true }).first().waitFor();
  expect(await overflow(page)).toBeLessThanOrEqual(0);
  await expectAccessible(page, 'mobile organisations page');
  await screenshot(page, 'mobile-organisations');
  await context.close();
});
