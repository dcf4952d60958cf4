import { Alert, Divider, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ChangePasswordSection, SessionsSection, TwoFactorSection, useMe } from '../features/auth';

export function SecurityPage() {
  const { t } = useTranslation();
  const me = useMe().data;
  if (!me) return null;
  const isForced = me.twoFactorRequired && !me.twoFactorEnabled;
  return (
    <Stack maw={900}>
      <Title order={1}>{t('security.title')}</Title>
      {isForced && (
        <Alert color="blue.9" variant="outline" role="status">
          {t('security.forced')}
        </Alert>
      )}
      <TwoFactorSection me={me} />
      {!isForced && (
        <>
          <Divider />
          <SessionsSection />
          <Divider />
          <ChangePasswordSection />
        </>
      )}
    </Stack>
  );
}
