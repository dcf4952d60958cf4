import { api } from '../../../lib/api-client';

// Thin wrappers over better-auth's endpoints under /api/auth (cookie session, Origin-checked).
export type SignInResult = { twoFactorRedirect?: boolean; user?: { id: string } };

export const authRequests = {
  signIn: (email: string, password: string) =>
    api.post<SignInResult>('/api/auth/sign-in/email', { email, password }),
  verifyTotp: (code: string, trustDevice = false) =>
    api.post<unknown>('/api/auth/two-factor/verify-totp', { code, trustDevice }),
  verifyBackupCode: (code: string) => api.post<unknown>('/api/auth/two-factor/verify-backup-code', { code }),
  signOut: () => api.post<unknown>('/api/auth/sign-out'),
  requestPasswordReset: (email: string) =>
    api.post<unknown>('/api/auth/request-password-reset', { email, redirectTo: '/atur-ulang-sandi/baru' }),
  resetPassword: (token: string, newPassword: string) =>
    api.post<unknown>('/api/auth/reset-password', { token, newPassword }),
  enableTwoFactor: (password: string) =>
    api.post<{ totpURI: string; backupCodes: string[] }>('/api/auth/two-factor/enable', { password }),
  disableTwoFactor: (password: string) => api.post<unknown>('/api/auth/two-factor/disable', { password }),
  changePassword: (currentPassword: string, newPassword: string, revokeOtherSessions: boolean) =>
    api.post<unknown>('/api/auth/change-password', { currentPassword, newPassword, revokeOtherSessions }),
};
