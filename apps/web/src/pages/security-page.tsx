import { Alert, Divider, Stack } from '@mantine/core';
import { PageTitle } from '../ui/page-title';
import { useTranslation } from 'react-i18next';
import { ChangePasswordSection, SessionsSection, TwoFactorSection, useMe } from '../features/auth';

export function SecurityPage() {
  const { t } = useTranslation();
  const me = useMe().data;
  if (!me) return null;
  const isForced = me.twoFactorRequired && !me.twoFactorEnabled;
  return (
    <Stack maw={900}>
      <PageTitle>{t('security.title')}</PageTitle>
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
