import { Anchor, Button, PasswordInput, Stack, TextInput } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '../../../ui/error-alert';
import { useErrorText } from '../../../lib/use-error-text';
import { authRequests } from '../api/auth-requests';

type LoginFormProps = { initialEmail?: string; onSignedIn: () => void; onTwoFactor: () => void };

export function LoginForm({ initialEmail = '', onSignedIn, onTwoFactor }: LoginFormProps) {
  const { t } = useTranslation();
  const errors = useErrorText();
  const [email, setEmail] = useState(initialEmail);
  const [password, setPassword] = useState('');
  const signIn = useMutation({
    mutationFn: () => authRequests.signIn(email.trim(), password),
    onSuccess: (result) => (result.twoFactorRedirect ? onTwoFactor() : onSignedIn()),
  });

  const handleSubmit = (event: FormEvent) => {
    event.preventDefault();
    signIn.mutate();
  };

  return (
    <form onSubmit={handleSubmit} noValidate>
      <Stack>
        <ErrorAlert message={errors.message(signIn.error)} />
        <TextInput
          label={t('auth.email')}
          type="email"
          name="email"
          autoComplete="username"
          required
          value={email}
          onChange={(e) => setEmail(e.currentTarget.value)}
        />
        <PasswordInput
          label={t('auth.password')}
          name="password"
          autoComplete="current-password"
          required
          value={password}
          onChange={(e) => setPassword(e.currentTarget.value)}
        />
        <Button type="submit" loading={signIn.isPending}>
          {t('auth.signIn')}
        </Button>
        <Anchor component={Link} to="/atur-ulang-sandi" size="sm">
          {t('auth.forgot')}
        </Anchor>
      </Stack>
    </form>
  );
}
