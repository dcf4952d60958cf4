import { Alert, Blockquote, Button, Checkbox, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../../../lib/use-error-text';
import { ErrorAlert } from '../../../ui/error-alert';
import { useAcknowledge, type AcknowledgmentState } from '../api/public-appeals-api';

/**
 * The ASN's confirmation, by personal link (token) or by appeal code: NIP, "I have read it", and
 * optionally the integrity pledge signed with the full name. Refusals keep what was typed.
 */
export function AcknowledgeForm({ token, state }: { token?: string; state?: AcknowledgmentState }) {
  const { t } = useTranslation();
  const errors = useErrorText();
  const acknowledge = useAcknowledge();
  const [code, setCode] = useState(state?.appeal.code ?? '');
  const [nip, setNip] = useState('');
  const [read, setRead] = useState(false);
  const [pledge, setPledge] = useState(false);
  const [pledgeName, setPledgeName] = useState('');
  const [readError, setReadError] = useState(false);
  const done = acknowledge.data?.recipient;
  if (done)
    return (
      <Stack>
        {/* Messages in the body, not the title: the light variant's coloured title fails contrast. */}
        <Alert color="teal" variant="light" role="status">
          <Stack gap={4}>
            <Text fw={600}>{t('appeals.ack.done')}</Text>
            {done.pledgedAt && <Text>{t('appeals.ack.pledged')}</Text>}
          </Stack>
        </Alert>
      </Stack>
    );
  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    if (!read) {
      setReadError(true);
      return;
    }
    const base = { nip, pledge, pledgeName: pledge ? pledgeName : undefined };
    acknowledge.mutate(token ? { ...base, token } : { ...base, code });
  };
  const pledgeText = acknowledge.data?.appeal.pledgeText ?? state?.appeal.pledgeText;
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        {state?.recipient?.acknowledgedAt && !state.recipient.pledgedAt && (
          <Text>{t('appeals.ack.alreadyDone')}</Text>
        )}
        {!token && (
          <TextInput
            label={t('appeals.ack.code')}
            placeholder="IMB-XXXXXX"
            required
            value={code}
            onChange={(e) => setCode(e.currentTarget.value)}
            error={errors.field(acknowledge.error, 'code')}
          />
        )}
        <TextInput
          label={t('appeals.ack.nip')}
          required
          inputMode="numeric"
          autoComplete="off"
          value={nip}
          onChange={(e) => setNip(e.currentTarget.value)}
          error={errors.field(acknowledge.error, 'nip')}
        />
        <Checkbox
          label={t('appeals.ack.read')}
          checked={read}
          onChange={(e) => {
            setRead(e.currentTarget.checked);
            setReadError(false);
          }}
          error={readError ? t('appeals.ack.mustRead') : undefined}
        />
        <Checkbox
          label={t('appeals.ack.pledge')}
          checked={pledge}
          onChange={(e) => setPledge(e.currentTarget.checked)}
        />
        {pledge && (
          <>
            {pledgeText && <Blockquote>{pledgeText}</Blockquote>}
            <TextInput
              label={t('appeals.ack.pledgeName')}
              required
              value={pledgeName}
              onChange={(e) => setPledgeName(e.currentTarget.value)}
              // A name that does not match the registry is refused on this field; the text stays.
              error={errors.field(acknowledge.error, 'pledgeName')}
            />
          </>
        )}
        <ErrorAlert message={errors.message(acknowledge.error)} />
        <Button type="submit" loading={acknowledge.isPending} fullWidth>
          {t('appeals.ack.confirm')}
        </Button>
      </Stack>
    </form>
  );
}
