import { Anchor, Button, Stack, Text, TextInput } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '../../../ui/error-alert';
import { SuccessAlert } from '../../../ui/success-alert';
import { useErrorText } from '../../../lib/use-error-text';
import { authRequests } from '../api/auth-requests';

export function ResetRequestForm() {
  const { t } = useTranslation();
  const errors = useErrorText();
  const [email, setEmail] = useState('');
  const request = useMutation({ mutationFn: () => authRequests.requestPasswordReset(email.trim()) });

  const handleSubmit = (event: FormEvent) => {
    event.preventDefault();
    request.mutate();
  };

  return (
    <form onSubmit={handleSubmit} noValidate>
      <Stack>
        <Text>{t('auth.resetHelp')}</Text>
        <ErrorAlert message={errors.message(request.error)} />
        <SuccessAlert message={request.isSuccess ? t('auth.resetSent') : undefined} />
        <TextInput
          label={t('auth.email')}
          type="email"
          autoComplete="email"
          required
          value={email}
          onChange={(e) => setEmail(e.currentTarget.value)}
        />
        <Button type="submit" loading={request.isPending}>
          {t('auth.resetSend')}
        </Button>
        <Anchor component={Link} to="/masuk" size="sm">
          {t('auth.backToSignIn')}
        </Anchor>
      </Stack>
    </form>
  );
}
