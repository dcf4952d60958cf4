import { Badge, Button, Group, PasswordInput, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Me } from '@netra/contracts';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../ui/error-alert';
import { useErrorText } from '../../../lib/use-error-text';
import { authRequests } from '../api/auth-requests';
import { meKeys } from '../api/me-query';
import { TotpEnrolment } from './totp-enrolment';

export function TwoFactorSection({ me }: { me: Me }) {
  const { t } = useTranslation();
  return (
    <Stack component="section" aria-labelledby="two-factor-title">
      <Group gap="sm">
        <Title order={2} size="h3" id="two-factor-title">
          {t('security.twoFactor')}
        </Title>
        <Badge color={me.twoFactorEnabled ? 'teal.9' : 'gray.8'} variant="filled">
          {me.twoFactorEnabled ? t('security.enabled') : t('security.disabled')}
        </Badge>
      </Group>
      {me.twoFactorEnabled ? <DisableTwoFactor isRequired={me.twoFactorRequired} /> : <TotpEnrolment />}
    </Stack>
  );
}

function DisableTwoFactor({ isRequired }: { isRequired: boolean }) {
  const { t } = useTranslation();
  const errors = useErrorText();
  const client = useQueryClient();
  const [password, setPassword] = useState('');
  const disable = useMutation({
    mutationFn: () => authRequests.disableTwoFactor(password),
    onSuccess: () => client.invalidateQueries({ queryKey: meKeys.me }),
  });
  if (isRequired) return <Text>{t('security.disableRequired')}</Text>;

  const handleSubmit = (event: FormEvent) => {
    event.preventDefault();
    disable.mutate();
  };
  return (
    <form onSubmit={handleSubmit} noValidate>
      <Stack>
        <Text>{t('security.disableIntro')}</Text>
        <ErrorAlert message={errors.message(disable.error)} />
        <PasswordInput
          label={t('auth.password')}
          autoComplete="current-password"
          value={password}
          onChange={(e) => setPassword(e.currentTarget.value)}
        />
        <Button
          type="submit"
          color="red.9"
          variant="outline"
          loading={disable.isPending}
          style={{ alignSelf: 'flex-start' }}
        >
          {t('security.disable')}
        </Button>
      </Stack>
    </form>
  );
}
