import { Center, Loader } from '@mantine/core';
import { Navigate, useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useMe } from '../features/auth';
import { ErrorAlert } from '../ui/error-alert';
import { useErrorText } from '../lib/use-error-text';
import { AppLayout } from './app-layout';

export const SECURITY_PATH = '/akun/keamanan';

/** Signed-in area: sends strangers to sign-in and roles that need 2FA to enrolment first. */
export function RequireAuth() {
  const { t } = useTranslation();
  const errors = useErrorText();
  const me = useMe();
  const location = useLocation();
  if (me.isPending) {
    return (
      <Center h="100vh" component="main">
        <Loader aria-label={t('common.loading')} />
      </Center>
    );
  }
  if (me.isError) {
    return (
      <main style={{ padding: 16 }}>
        <ErrorAlert message={errors.message(me.error)} />
      </main>
    );
  }
  if (!me.data) {
    const next = encodeURIComponent(location.pathname + location.search);
    return <Navigate to={`/masuk?next=${next}`} replace />;
  }
  if (me.data.twoFactorRequired && !me.data.twoFactorEnabled && location.pathname !== SECURITY_PATH) {
    return <Navigate to={SECURITY_PATH} replace />;
  }
  return <AppLayout me={me.data} />;
}
