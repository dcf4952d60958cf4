import { Button, Code, Image, List, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import QRCode from 'qrcode';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../ui/error-alert';
import { useErrorText } from '../../../lib/use-error-text';
import { authRequests } from '../api/auth-requests';
import { meKeys } from '../api/me-query';

function secretOf(totpUri: string): string {
  try {
    return new URL(totpUri).searchParams.get('secret') ?? '';
  } catch {
    return '';
  }
}

/** Enrolment in two steps: password → QR code, secret and backup codes → first code activates. */
export function TotpEnrolment() {
  const { t } = useTranslation();
  const errors = useErrorText();
  const client = useQueryClient();
  const [password, setPassword] = useState('');
  const [code, setCode] = useState('');
  const [qr, setQr] = useState<string>();
  const start = useMutation({ mutationFn: () => authRequests.enableTwoFactor(password) });
  const activate = useMutation({
    mutationFn: () => authRequests.verifyTotp(code.trim()),
    onSuccess: () => client.invalidateQueries({ queryKey: meKeys.me }),
  });
  const totpUri = start.data?.totpURI;

  useEffect(() => {
    if (!totpUri) return;
    let isCurrent = true;
    void QRCode.toDataURL(totpUri, { margin: 1, width: 220 }).then((url) => {
      if (isCurrent) setQr(url);
    });
    return () => {
      isCurrent = false;
    };
  }, [totpUri]);

  const handleStart = (event: FormEvent) => {
    event.preventDefault();
    start.mutate();
  };
  const handleActivate = (event: FormEvent) => {
    event.preventDefault();
    activate.mutate();
  };

  if (!start.data) {
    return (
      <form onSubmit={handleStart} noValidate>
        <Stack>
          <Text>{t('security.enableIntro')}</Text>
          <ErrorAlert message={errors.message(start.error)} />
          <PasswordInput
            label={t('auth.password')}
            autoComplete="current-password"
            required
            value={password}
            onChange={(e) => setPassword(e.currentTarget.value)}
          />
          <Button type="submit" loading={start.isPending} style={{ alignSelf: 'flex-start' }}>
            {t('security.start')}
          </Button>
        </Stack>
      </form>
    );
  }

  return (
    <Stack>
      <Text>{t('security.scan')}</Text>
      {qr && <Image src={qr} alt={t('security.qrAlt')} w={220} h={220} />}
      <Text>{t('security.manual')}</Text>
      <Code block className="wrap-block" aria-label={t('security.secret')} data-testid="totp-secret">
        {secretOf(start.data.totpURI)}
      </Code>
      <Text fw={600}>{t('security.backupCodes')}</Text>
      <Text size="sm">{t('security.backupIntro')}</Text>
      <List size="sm" data-testid="backup-codes">
        {start.data.backupCodes.map((backup) => (
          <List.Item key={backup}>
            <Code>{backup}</Code>
          </List.Item>
        ))}
      </List>
      <form onSubmit={handleActivate} noValidate>
        <Stack>
          <ErrorAlert message={errors.message(activate.error)} />
          <TextInput
            label={t('security.confirmCode')}
            autoComplete="one-time-code"
            inputMode="numeric"
            required
            value={code}
            onChange={(e) => setCode(e.currentTarget.value)}
          />
          <Button type="submit" loading={activate.isPending} style={{ alignSelf: 'flex-start' }}>
            {t('security.activate')}
          </Button>
        </Stack>
      </form>
    </Stack>
  );
}
