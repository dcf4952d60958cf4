import { expect, inject, test } from 'vitest';
import { expectAccessible, openPage, screenshot } from './support/browser';
import { signInAndEnrolTotp } from './support/flows';
import { useBrowser } from './support/suite';

const { url, accounts } = inject('netra');
const browser = useBrowser();

test('switching from Indonesian to English changes the texts and <html lang>, and survives a reload', async () => {
  const { page, context } = await openPage(browser(), url, 'language');
  await page.goto('/masuk');
  expect(await page.evaluate(() => document.documentElement.lang)).toBe('id');
  await page.getByRole('heading', { level: 1, name: 'Masuk ke Netra' }).waitFor();
  await page.getByTestId('language-switch').click();
  await page.getByRole('heading', { level: 1, name: 'Sign in to Netra' }).waitFor();
  expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
  await expectAccessible(page, 'sign-in page in English');
  await page.getByTestId('language-switch').click();
  expect(await page.evaluate(() => document.documentElement.lang)).toBe('id');

  await signInAndEnrolTotp(page, accounts.language.email, accounts.language.password);
  await page.getByRole('link', { name: 'Beranda' }).click();
  await page.getByRole('heading', { level: 1, name: 'Beranda' }).waitFor();
  await page.getByTestId('language-switch').click();
  await page.getByRole('heading', { level: 1, name: 'Home' }).waitFor();
  await page.getByRole('link', { name: 'Organisations' }).waitFor();
  await page.getByText('Audit trail').waitFor();
  expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
  // Institution names stay Indonesian.
  await page.getByText('Bawaslu Kabupaten Bengkalis').first().waitFor();
  await expectAccessible(page, 'home page in English');
  await screenshot(page, 'home-english');

  await page.reload();
  await page.getByRole('heading', { level: 1, name: 'Home' }).waitFor();
  expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
  await page.getByRole('link', { name: 'Organisations' }).click();
  await page.getByRole('heading', { level: 1, name: 'Organisations' }).waitFor();
  await page.getByRole('columnheader', { name: 'Members' }).waitFor();

  await page.getByTestId('language-switch').click();
  await page.getByRole('heading', { level: 1, name: 'Organisasi' }).waitFor();
  expect(await page.evaluate(() => document.documentElement.lang)).toBe('id');
  await context.close();
});
