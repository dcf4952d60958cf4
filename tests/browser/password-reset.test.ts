import { expect, inject, test } from 'vitest';
import { expectAccessible, openPage, screenshot } from './support/browser';
import { field } from './support/flows';
import { useBrowser } from './support/suite';

const { url, accounts } = inject('netra');
const browser = useBrowser();

test('"lupa kata sandi" requests a reset link, and a bad reset token gets the specific message', async () => {
  const { page, context } = await openPage(browser(), url, 'password-reset');
  await page.goto('/masuk');
  await page.getByRole('link', { name: 'Lupa kata sandi?' }).click();
  await page.getByRole('heading', { level: 1, name: 'Atur ulang kata sandi' }).waitFor();
  await field(page, 'Email').fill(accounts.language.email);
  await page.getByRole('button', { name: 'Kirim tautan' }).click();
  await page.getByText('tautan pengaturan ulang telah dikirim').waitFor();
  await expectAccessible(page, 'password reset request page');

  await page.goto('/atur-ulang-sandi/baru?token=tidak-berlaku');
  await field(page, 'Kata sandi baru').fill('kata-sandi-baru-123');
  await field(page, 'Ulangi kata sandi').fill('kata-sandi-baru-124');
  await page.getByRole('button', { name: 'Simpan kata sandi' }).click();
  await page.getByText('Kedua kata sandi tidak sama.').waitFor();
  await field(page, 'Ulangi kata sandi').fill('kata-sandi-baru-123');
  await page.getByRole('button', { name: 'Simpan kata sandi' }).click();
  await page.getByText('Tautan tidak valid, sudah dipakai atau kedaluwarsa.').waitFor();
  expect(await field(page, 'Kata sandi baru').inputValue()).toBe('kata-sandi-baru-123');
  await expectAccessible(page, 'new password page with error');
  await screenshot(page, 'reset-bad-token');
  await context.close();
});
