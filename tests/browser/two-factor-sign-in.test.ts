import { expect, inject, test } from 'vitest';
import { expectAccessible, openPage, screenshot } from './support/browser';
import { useBrowser } from './support/suite';
import { field, signInAndEnrolTotp, signInWithTotp, signOut } from './support/flows';

const { url, accounts } = inject('netra');
const browser = useBrowser();

test('an administrator is forced to enrol TOTP, then signs in with password and TOTP', async () => {
  const { email, password } = accounts.twoFactor;
  const { page, context } = await openPage(browser(), url, 'two-factor');

  await page.goto('/admin/organisasi');
  await page.waitForURL('**/masuk?next=*');
  await expectAccessible(page, 'sign-in page');

  const secret = await signInAndEnrolTotp(page, email, password);
  await expect.poll(() => page.getByText('Aktif', { exact: true }).isVisible()).toBe(true);
  await expectAccessible(page, 'security page (enrolled)');
  await screenshot(page, 'security-enrolled');

  await signOut(page);
  await signInWithTotp(page, email, password, secret);
  await expectAccessible(page, 'home page');
  await screenshot(page, 'home');

  // A wrong code is refused with the specific message, and the code field keeps its value.
  await signOut(page);
  await field(page, 'Email').fill(email);
  await field(page, 'Kata sandi').fill(password);
  await page.getByRole('button', { name: 'Masuk', exact: true }).click();
  await field(page, 'Kode verifikasi').fill('000000');
  await page.getByRole('button', { name: 'Verifikasi' }).click();
  await page.getByText('Kode verifikasi salah atau sudah kedaluwarsa.').waitFor();
  expect(await field(page, 'Kode verifikasi').inputValue()).toBe('000000');
  await context.close();
});
