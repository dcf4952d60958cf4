import type { Locator, Page } from 'playwright-core';
import { TOTP } from 'otpauth';
import { expect } from 'vitest';
import { expectAccessible } from './browser';

const lastCodes = new Map<string, string>();

/** The input with this label (Mantine appends " *" to required labels). */
export function field(page: Page, label: string) {
  const escaped = label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return page.getByLabel(new RegExp(`^${escaped}( \\*)?$`));
}

/** A TOTP code for the secret, never the same one twice (waits for the next 30 s period). */
export async function totpCode(secret: string): Promise<string> {
  const totp = new TOTP({ secret, digits: 6, period: 30, algorithm: 'SHA1' });
  let code = totp.generate();
  while (code === lastCodes.get(secret)) {
    await new Promise((resolve) => setTimeout(resolve, 1000));
    code = totp.generate();
  }
  lastCodes.set(secret, code);
  return code;
}

export async function submitPassword(page: Page, email: string, password: string): Promise<void> {
  await page.goto('/masuk');
  await field(page, 'Email').fill(email);
  await field(page, 'Kata sandi').fill(password);
  await page.getByRole('button', { name: 'Masuk', exact: true }).click();
}

/** First sign-in of an administrator: the app forces TOTP enrolment; returns the secret. */
export async function signInAndEnrolTotp(page: Page, email: string, password: string): Promise<string> {
  await submitPassword(page, email, password);
  await page.waitForURL('**/akun/keamanan');
  await expect
    .poll(() => page.getByText('wajib memakai verifikasi dua langkah').first().isVisible())
    .toBe(true);
  await expectAccessible(page, 'security page (forced enrolment)');
  await field(page, 'Kata sandi').fill(password);
  await page.getByRole('button', { name: 'Mulai aktivasi' }).click();
  const secretBox = page.getByTestId('totp-secret');
  await secretBox.waitFor();
  await page.getByRole('img', { name: 'Kode QR untuk aplikasi autentikator' }).waitFor();
  const secret = (await secretBox.textContent())?.trim() ?? '';
  expect(secret).toMatch(/^[A-Z2-7]+=*$/);
  await expectAccessible(page, 'security page (QR code)');
  await field(page, 'Masukkan kode dari aplikasi untuk menyelesaikan aktivasi').fill(await totpCode(secret));
  await page.getByRole('button', { name: 'Aktifkan', exact: true }).click();
  await page.getByRole('heading', { name: 'Sesi aktif' }).waitFor();
  return secret;
}

/** Picks an option in a Mantine Select by its label. */
export async function choose(
  page: Page,
  label: string,
  option: string | RegExp,
  scope: Page | Locator = page,
): Promise<void> {
  await scope.getByRole('combobox', { name: new RegExp(`^${label}( \\*)?$`) }).click();
  await page.getByRole('option', { name: option }).click();
}

/** Sign-in of an enrolled user: password, then a TOTP code. */
export async function signInWithTotp(
  page: Page,
  email: string,
  password: string,
  secret: string,
): Promise<void> {
  await submitPassword(page, email, password);
  await field(page, 'Kode verifikasi').fill(await totpCode(secret));
  await page.getByRole('button', { name: 'Verifikasi' }).click();
  await page.getByRole('heading', { level: 1, name: 'Beranda' }).waitFor();
}

export async function signOut(page: Page): Promise<void> {
  const signOutButton = page.getByRole('button', { name: 'Keluar' });
  const burger = page.getByRole('button', { name: 'Buka/tutup navigasi' });
  await signOutButton.or(burger).first().waitFor();
  if (await burger.isVisible()) await burger.click();
  await signOutButton.click();
  await page.waitForURL('**/masuk');
}
