import { Anchor, Badge, Button, Group, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { formatDateTime } from '../../../lib/format';
import { useErrorText } from '../../../lib/use-error-text';
import { ErrorAlert } from '../../../ui/error-alert';
import { ScrollTable } from '../../../ui/scroll-table';
import { useCapture, useCaptures, useRequestCapture } from '../api/monitoring-api';
import { CaptureCard } from './capture-card';

/** Paste any URL to capture it; the new capture's page shows its progress. */
export function CaptureForm() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const navigate = useNavigate();
  const request = useRequestCapture();
  const [url, setUrl] = useState('');
  const [regionCode, setRegionCode] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    request.mutate(
      { url: url.trim(), regionCode: regionCode.trim() || undefined },
      { onSuccess: (capture) => void navigate(`/pemantauan/tangkapan/${capture.id}`) },
    );
  };
  return (
    <form onSubmit={submit}>
      <Stack gap="sm" maw={720}>
        <TextInput
          label={t('monitoring.capture.url')}
          type="url"
          required
          value={url}
          onChange={(e) => setUrl(e.currentTarget.value)}
          error={errorText.field(request.error, 'url')}
          placeholder="https://"
        />
        <TextInput
          label={t('monitoring.capture.region')}
          value={regionCode}
          onChange={(e) => setRegionCode(e.currentTarget.value)}
          error={errorText.field(request.error, 'regionCode')}
          w={220}
        />
        <ErrorAlert message={request.error ? errorText.message(request.error) : undefined} />
        <Group>
          <Button type="submit" loading={request.isPending}>
            {t('monitoring.capture.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

export function RecentCaptures() {
  const { t, i18n } = useTranslation();
  const list = useCaptures();
  if (!list.data || list.data.items.length === 0) return null;
  return (
    <Stack gap="xs">
      <Title order={2}>{t('monitoring.capture.recent')}</Title>
      <ScrollTable minWidth={640} caption={t('monitoring.capture.recent')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('monitoring.capture.requestedUrl')}</Table.Th>
            <Table.Th>{t('monitoring.desk.status')}</Table.Th>
            <Table.Th>{t('monitoring.capture.requestedAt')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {list.data.items.map((c) => (
            <Table.Tr key={c.id}>
              <Table.Td style={{ overflowWrap: 'anywhere' }}>
                <Anchor component={Link} to={`/pemantauan/tangkapan/${c.id}`}>
                  {c.requestedUrl}
                </Anchor>
              </Table.Td>
              <Table.Td>
                <Badge
                  variant="filled"
                  color={c.status === 'failed' ? 'red.9' : c.status === 'done' ? 'teal.9' : 'blue.9'}
                >
                  {t(`monitoring.capture.statuses.${c.status}`)}
                </Badge>
              </Table.Td>
              <Table.Td>{formatDateTime(c.requestedAt, i18n.language)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </ScrollTable>
    </Stack>
  );
}

export function CaptureDetail({ id }: { id: string }) {
  const errorText = useErrorText();
  const capture = useCapture(id);
  if (capture.error) return <ErrorAlert message={errorText.message(capture.error)} />;
  if (!capture.data) return <Text>…</Text>;
  return <CaptureCard capture={capture.data} />;
}
