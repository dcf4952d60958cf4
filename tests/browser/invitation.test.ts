import { expect, inject, test } from 'vitest';
import { expectAccessible, openPage, screenshot } from './support/browser';
import { useBrowser } from './support/suite';
import { choose, field, signInAndEnrolTotp, signOut, submitPassword } from './support/flows';

const { url, accounts } = inject('netra');
const browser = useBrowser();

test('an administrator invites a user who sets a password and signs in; reused link and wrong password fail specifically', async () => {
  const admin = await openPage(browser(), url, 'invitation-admin');
  await signInAndEnrolTotp(admin.page, accounts.invite.email, accounts.invite.password);

  const inviteeEmail = `invitee-${Date.now().toString(36)}@netra.example`;
  await admin.page.getByRole('link', { name: 'Undangan' }).click();
  await admin.page.getByRole('heading', { level: 1, name: 'Undangan' }).waitFor();
  await expectAccessible(admin.page, 'invitations page');
  await admin.page.getByRole('button', { name: 'Undang pengguna' }).click();
  const dialog = admin.page.getByRole('dialog');
  await field(admin.page, 'Nama lengkap').fill('Siti Pengawas');
  await field(admin.page, 'Email').fill('bukan-email');
  await choose(admin.page, 'Organisasi', /^Bawaslu Kabupaten Bengkalis/);
  await choose(admin.page, 'Peran', 'Staf penanganan pelanggaran');
  await expectAccessible(admin.page, 'invitation form');

  // Bad e-mail: the server's message appears next to the field, and nothing typed is lost.
  await dialog.getByRole('button', { name: 'Undang pengguna' }).click();
  await dialog.getByText('alamat email tidak valid').waitFor();
  expect(await field(admin.page, 'Nama lengkap').inputValue()).toBe('Siti Pengawas');
  await field(admin.page, 'Email').fill(inviteeEmail);
  await dialog.getByRole('button', { name: 'Undang pengguna' }).click();

  const linkInput = admin.page.getByTestId('invitation-link');
  await linkInput.waitFor();
  const link = await linkInput.inputValue();
  expect(link).toMatch(/\/undangan\/[A-Za-z0-9_-]{20,}$/);
  await expectAccessible(admin.page, 'invitation link dialog');
  await screenshot(admin.page, 'invitation-link');
  await admin.page.getByRole('button', { name: 'Tutup', exact: true }).last().click();
  await admin.page.getByRole('cell', { name: inviteeEmail, exact: true }).waitFor();

  const invitee = await openPage(browser(), url, 'invitation-invitee');
  const invitePath = new URL(link).pathname;
  await invitee.page.goto(invitePath);
  await invitee.page
    .getByText('Siti Pengawas, Anda diundang bergabung ke Bawaslu Kabupaten Bengkalis')
    .waitFor();
  await expectAccessible(invitee.page, 'accept invitation page');
  await field(invitee.page, 'Kata sandi baru').fill('kata-sandi-rahasia-1');
  await field(invitee.page, 'Ulangi kata sandi').fill('kata-sandi-rahasia-1');
  await invitee.page.getByRole('button', { name: 'Terima undangan' }).click();
  await invitee.page.getByText('Akun Anda sudah aktif').waitFor();
  await screenshot(invitee.page, 'invitation-accepted');
  await invitee.page.getByRole('link', { name: 'Masuk sekarang' }).click();
  expect(await field(invitee.page, 'Email').inputValue()).toBe(inviteeEmail);
  await field(invitee.page, 'Kata sandi').fill('kata-sandi-rahasia-1');
  await invitee.page.getByRole('button', { name: 'Masuk', exact: true }).click();
  await invitee.page.getByRole('heading', { level: 1, name: 'Beranda' }).waitFor();
  await invitee.page.getByText('Staf penanganan pelanggaran').waitFor();
  await expectAccessible(invitee.page, 'invitee home page');

  // The same link a second time: the specific "already used" message.
  await invitee.page.goto(invitePath);
  await invitee.page.getByText('Tautan undangan sudah dipakai.').waitFor();
  await expectAccessible(invitee.page, 'used invitation page');

  // A wrong password: the specific message, and the e-mail stays as typed.
  await invitee.page.goto('/');
  await signOut(invitee.page);
  await submitPassword(invitee.page, inviteeEmail, 'salah-sekali-123');
  await invitee.page.getByText('Email atau kata sandi salah.').waitFor();
  expect(await field(invitee.page, 'Email').inputValue()).toBe(inviteeEmail);
  await expectAccessible(invitee.page, 'sign-in page with error');
  await screenshot(invitee.page, 'wrong-password');

  await invitee.context.close();
  await admin.context.close();
});
