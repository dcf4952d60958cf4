import { Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { LanguageSwitch } from '../app/language-switch';
import { ResetPasswordForm, ResetRequestForm } from '../features/auth';
import { CenteredCard } from '../ui/centered-card';

export function ResetRequestPage() {
  const { t } = useTranslation();
  return (
    <>
      <Group justify="flex-end" p="sm" component="header">
        <LanguageSwitch />
      </Group>
      <CenteredCard title={t('auth.resetTitle')}>
        <ResetRequestForm />
      </CenteredCard>
    </>
  );
}

export function ResetPasswordPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  return (
    <>
      <Group justify="flex-end" p="sm" component="header">
        <LanguageSwitch />
      </Group>
      <CenteredCard title={t('auth.newPasswordTitle')}>
        <ResetPasswordForm token={params.get('token')} />
      </CenteredCard>
    </>
  );
}
