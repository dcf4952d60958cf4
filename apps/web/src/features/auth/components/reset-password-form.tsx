import { Anchor, Button, Stack } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '../../../ui/error-alert';
import { SuccessAlert } from '../../../ui/success-alert';
import { useErrorText } from '../../../lib/use-error-text';
import { authRequests } from '../api/auth-requests';
import { NewPasswordFields } from './new-password-fields';

export function ResetPasswordForm({ token }: { token: string | null }) {
  const { t } = useTranslation();
  const errors = useErrorText();
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const [isSubmitted, setIsSubmitted] = useState(false);
  const reset = useMutation({ mutationFn: () => authRequests.resetPassword(token ?? '', password) });

  if (!token) return <ErrorAlert message={t('auth.missingToken')} />;
  if (reset.isSuccess) {
    return (
      <Stack>
        <SuccessAlert message={t('auth.resetDone')} />
        <Anchor component={Link} to="/masuk">
          {t('auth.backToSignIn')}
        </Anchor>
      </Stack>
    );
  }

  const handleSubmit = (event: FormEvent) => {
    event.preventDefault();
    setIsSubmitted(true);
    if (password !== confirm) return;
    reset.mutate();
  };

  return (
    <form onSubmit={handleSubmit} noValidate>
      <Stack>
        <ErrorAlert message={errors.message(reset.error)} />
        <NewPasswordFields
          password={password}
          confirm={confirm}
          isMismatchShown={isSubmitted}
          onPasswordChange={setPassword}
          onConfirmChange={setConfirm}
        />
        <Button type="submit" loading={reset.isPending}>
          {t('auth.setPassword')}
        </Button>
      </Stack>
    </form>
  );
}
