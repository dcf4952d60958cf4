import { Button, Checkbox, PasswordInput, Stack, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../ui/error-alert';
import { SuccessAlert } from '../../../ui/success-alert';
import { useErrorText } from '../../../lib/use-error-text';
import { authRequests } from '../api/auth-requests';
import { NewPasswordFields } from './new-password-fields';

export function ChangePasswordSection() {
  const { t } = useTranslation();
  const errors = useErrorText();
  const [current, setCurrent] = useState('');
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const [revokeOthers, setRevokeOthers] = useState(true);
  const [isSubmitted, setIsSubmitted] = useState(false);
  const change = useMutation({
    mutationFn: () => authRequests.changePassword(current, password, revokeOthers),
    onSuccess: () => {
      setCurrent('');
      setPassword('');
      setConfirm('');
      setIsSubmitted(false);
    },
  });

  const handleSubmit = (event: FormEvent) => {
    event.preventDefault();
    setIsSubmitted(true);
    if (password !== confirm) return;
    change.mutate();
  };

  return (
    <Stack component="section" aria-labelledby="password-title">
      <Title order={2} size="h3" id="password-title">
        {t('security.changePassword')}
      </Title>
      <form onSubmit={handleSubmit} noValidate>
        <Stack maw={420}>
          <ErrorAlert message={errors.message(change.error)} />
          <SuccessAlert message={change.isSuccess ? t('security.passwordChanged') : undefined} />
          <PasswordInput
            label={t('security.currentPassword')}
            autoComplete="current-password"
            required
            value={current}
            onChange={(e) => setCurrent(e.currentTarget.value)}
          />
          <NewPasswordFields
            password={password}
            confirm={confirm}
            isMismatchShown={isSubmitted}
            onPasswordChange={setPassword}
            onConfirmChange={setConfirm}
          />
          <Checkbox
            label={t('security.revokeOtherSessions')}
            checked={revokeOthers}
            onChange={(e) => setRevokeOthers(e.currentTarget.checked)}
          />
          <Button type="submit" loading={change.isPending} style={{ alignSelf: 'flex-start' }}>
            {t('security.changePassword')}
          </Button>
        </Stack>
      </form>
    </Stack>
  );
}
