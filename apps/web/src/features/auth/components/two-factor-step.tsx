import { Anchor, Button, Checkbox, Stack, Text, TextInput } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../ui/error-alert';
import { useErrorText } from '../../../lib/use-error-text';
import { authRequests } from '../api/auth-requests';

type TwoFactorStepProps = { onVerified: () => void; onCancel: () => void };

/** The second sign-in step: a TOTP code, or a one-time backup code. */
export function TwoFactorStep({ onVerified, onCancel }: TwoFactorStepProps) {
  const { t } = useTranslation();
  const errors = useErrorText();
  const [isBackup, setIsBackup] = useState(false);
  const [code, setCode] = useState('');
  const [trustDevice, setTrustDevice] = useState(false);
  const verify = useMutation({
    mutationFn: () =>
      isBackup
        ? authRequests.verifyBackupCode(code.trim())
        : authRequests.verifyTotp(code.trim(), trustDevice),
    onSuccess: onVerified,
  });

  const handleSubmit = (event: FormEvent) => {
    event.preventDefault();
    verify.mutate();
  };
  const handleSwitch = () => {
    setIsBackup((value) => !value);
    setCode('');
    verify.reset();
  };

  return (
    <form onSubmit={handleSubmit} noValidate>
      <Stack>
        <Text>{isBackup ? t('auth.backupHelp') : t('auth.totpHelp')}</Text>
        <ErrorAlert message={errors.message(verify.error)} />
        <TextInput
          label={isBackup ? t('auth.backupCode') : t('auth.totpCode')}
          name="code"
          autoComplete="one-time-code"
          inputMode={isBackup ? 'text' : 'numeric'}
          required
          data-autofocus
          value={code}
          onChange={(e) => setCode(e.currentTarget.value)}
        />
        {!isBackup && (
          <Checkbox
            label={t('auth.trustDevice')}
            checked={trustDevice}
            onChange={(e) => setTrustDevice(e.currentTarget.checked)}
          />
        )}
        <Button type="submit" loading={verify.isPending}>
          {t('auth.verify')}
        </Button>
        <Anchor component="button" type="button" size="sm" onClick={handleSwitch}>
          {isBackup ? t('auth.useTotp') : t('auth.useBackup')}
        </Anchor>
        <Anchor component="button" type="button" size="sm" onClick={onCancel}>
          {t('auth.backToSignIn')}
        </Anchor>
      </Stack>
    </form>
  );
}
