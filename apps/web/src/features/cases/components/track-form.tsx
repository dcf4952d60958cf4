import {
  Badge,
  Button,
  Group,
  Paper,
  PasswordInput,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../lib/format';
import { useBilingual } from '../../../lib/use-bilingual';
import { useErrorText } from '../../../lib/use-error-text';
import { ErrorAlert } from '../../../ui/error-alert';
import { useTrackStatus } from '../api/public-api';
import { useStatusLabel } from '../lib/status';

/** Code + secret → the status, its dates and the public history (never who did what). */
export function TrackForm() {
  const { t, i18n } = useTranslation();
  const errorText = useErrorText();
  const bilingual = useBilingual();
  const statusLabel = useStatusLabel();
  const track = useTrackStatus();
  const [code, setCode] = useState('');
  const [secret, setSecret] = useState('');

  const handleSubmit = (event: FormEvent) => {
    event.preventDefault();
    track.mutate({ receiptCode: code.trim().toUpperCase(), trackingSecret: secret.trim() });
  };
  const result = track.data;
  return (
    <Stack>
      <form onSubmit={handleSubmit}>
        <Stack gap="sm" maw={480}>
          <TextInput
            label={t('cases.track.code')}
            description={t('cases.track.codeHelp')}
            required
            autoComplete="off"
            value={code}
            onChange={(e) => setCode(e.currentTarget.value)}
            error={errorText.field(track.error, 'code')}
          />
          <PasswordInput
            label={t('cases.track.secret')}
            required
            autoComplete="off"
            value={secret}
            onChange={(e) => setSecret(e.currentTarget.value)}
          />
          <ErrorAlert message={errorText.message(track.error)} />
          <Group>
            <Button type="submit" loading={track.isPending}>
              {t('cases.track.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
      {result && !track.isError && (
        <Paper withBorder p="md" radius="md" data-testid="tracking-result">
          <Stack gap="xs">
            <Title order={2} size="h3">
              {result.receiptCode}
            </Title>
            <Group gap="xs">
              <Text>{t('cases.track.status')}</Text>
              <Badge size="lg" variant="light" c="blue.9">
                {statusLabel(result.status)}
              </Badge>
            </Group>
            {result.registerNumber && (
              <Text>
                {t('cases.registerNumber')}: {result.registerNumber}
              </Text>
            )}
            <Text size="sm">
              {t('cases.receivedAt')}: {formatDateTime(result.receivedAt, i18n.language)}
            </Text>
            <Text size="sm">
              {t('cases.updatedAt')}: {formatDateTime(result.updatedAt, i18n.language)}
            </Text>
            {result.reportWindowExplanation && (
              <Text size="sm">{bilingual(result.reportWindowExplanation)}</Text>
            )}
            {result.history && result.history.length > 0 && (
              <Table.ScrollContainer minWidth={280} type="native">
                <Table captionSide="top">
                  <Table.Caption>{t('cases.history')}</Table.Caption>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>{t('cases.when')}</Table.Th>
                      <Table.Th>{t('cases.statusLabel')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {result.history.map((h, i) => (
                      <Table.Tr key={i}>
                        <Table.Td>{formatDateTime(h.at, i18n.language)}</Table.Td>
                        <Table.Td>{statusLabel(h.status)}</Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
            )}
          </Stack>
        </Paper>
      )}
    </Stack>
  );
}
