import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useNavigate, useSearchParams } from 'react-router';
import { fetchMe, LoginForm, meKeys, TwoFactorStep, useMe } from '../features/auth';
import { CenteredCard } from '../ui/centered-card';
import { LanguageSwitch } from '../app/language-switch';
import { Anchor, Group } from '@mantine/core';

/** Only same-site paths are followed after sign-in. */
function safeNext(value: string | null): string {
  return value && value.startsWith('/') && !value.startsWith('//') ? value : '/';
}

export function LoginPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const client = useQueryClient();
  const me = useMe();
  const [step, setStep] = useState<'password' | 'two-factor'>('password');
  const next = safeNext(params.get('next'));

  const handleSignedIn = async () => {
    client.setQueryData(meKeys.me, await fetchMe());
    await navigate(next, { replace: true });
  };

  if (me.data && step === 'password') return <Navigate to={next} replace />;
  return (
    <>
      <Group justify="space-between" p="sm" component="header" wrap="wrap">
        <Anchor component={Link} to="/cek-aturan" size="sm">
          {t('nav.checkRules')}
        </Anchor>
        <LanguageSwitch />
      </Group>
      <CenteredCard title={step === 'password' ? t('auth.signInTitle') : t('auth.totpTitle')}>
        {step === 'password' ? (
          <LoginForm
            initialEmail={params.get('email') ?? ''}
            onSignedIn={() => void handleSignedIn()}
            onTwoFactor={() => setStep('two-factor')}
          />
        ) : (
          <TwoFactorStep onVerified={() => void handleSignedIn()} onCancel={() => setStep('password')} />
        )}
      </CenteredCard>
    </>
  );
}
