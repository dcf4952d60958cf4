import {
  Alert,
  Badge,
  Button,
  Card,
  FileInput,
  Group,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../lib/format';
import { useErrorText } from '../../lib/use-error-text';
import { ImportErrorsTable, RunCounts } from '../registry';
import { useEventRuns, useEventUpload } from './ingestion-api';

/** Upload of an event file (Netra NDJSON/CSV, X API v2, TikTok Research API) and the run history. */
export function EventUpload({ defaultRegion }: { defaultRegion: string }) {
  const { t, i18n } = useTranslation();
  const errorText = useErrorText();
  const [file, setFile] = useState<File | null>(null);
  const [region, setRegion] = useState(defaultRegion);
  const [tweetId, setTweetId] = useState('');
  const [tweetAuthor, setTweetAuthor] = useState('');
  const [videoAuthor, setVideoAuthor] = useState('');
  const upload = useEventUpload();
  const runs = useEventRuns();
  const result = upload.data;
  const send = (resume?: string) =>
    file && upload.mutate({ file, regionCode: region, resume, tweetId, tweetAuthor, videoAuthor });
  return (
    <Stack>
      <Card withBorder>
        <Stack>
          <Group align="end">
            <FileInput
              label={t('registry.ingestion.file')}
              accept=".ndjson,.jsonl,.csv,.json"
              value={file}
              onChange={setFile}
              clearable
              w={320}
            />
            <TextInput
              label={t('registry.ingestion.region')}
              value={region}
              onChange={(e) => setRegion(e.currentTarget.value)}
              w={160}
            />
          </Group>
          <Group align="end">
            <TextInput
              label={t('registry.ingestion.tweetId')}
              value={tweetId}
              onChange={(e) => setTweetId(e.currentTarget.value)}
            />
            <TextInput
              label={t('registry.ingestion.tweetAuthor')}
              value={tweetAuthor}
              onChange={(e) => setTweetAuthor(e.currentTarget.value)}
            />
            <TextInput
              label={t('registry.ingestion.videoAuthor')}
              value={videoAuthor}
              onChange={(e) => setVideoAuthor(e.currentTarget.value)}
            />
          </Group>
          <Button w="fit-content" disabled={!file} loading={upload.isPending} onClick={() => send()}>
            {t('registry.ingestion.submit')}
          </Button>
          {upload.error && <Alert color="red">{errorText.message(upload.error)}</Alert>}
          {result && (
            <Stack aria-live="polite">
              <Title order={3} size="h5">
                {t('registry.upload.result')}
              </Title>
              <RunCounts
                counts={[
                  ['processed', result.received],
                  ['inserted', result.stored],
                  ['duplicates', result.duplicates],
                  ['rejected', result.rejected],
                  ['leads', result.leads],
                ]}
              />
              <ImportErrorsTable base="/api/ingestion/imports" importId={result.importId} />
            </Stack>
          )}
        </Stack>
      </Card>
      <Card withBorder>
        <Stack>
          <Title order={2} size="h4">
            {t('registry.ingestion.runs')}
          </Title>
          {runs.data?.items.length === 0 && <Text>{t('registry.ingestion.none')}</Text>}
          {runs.data && runs.data.items.length > 0 && (
            <Table striped aria-label={t('registry.ingestion.runs')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('registry.ingestion.when')}</Table.Th>
                  <Table.Th>{t('registry.ingestion.file_name')}</Table.Th>
                  <Table.Th>{t('registry.ingestion.status')}</Table.Th>
                  <Table.Th>{t('registry.upload.processed')}</Table.Th>
                  <Table.Th>{t('registry.ingestion.stored')}</Table.Th>
                  <Table.Th>{t('registry.upload.rejected')}</Table.Th>
                  <Table.Th />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {runs.data.items.map((r) => (
                  <Table.Tr key={r.id}>
                    <Table.Td>{formatDateTime(r.createdAt, i18n.language)}</Table.Td>
                    <Table.Td>{r.fileName ?? 'API'}</Table.Td>
                    <Table.Td>
                      <Badge color={r.status === 'failed' ? 'red' : r.status === 'done' ? 'green' : 'blue'}>
                        {t(`registry.ingestion.statuses.${r.status}`)}
                      </Badge>
                    </Table.Td>
                    <Table.Td>{r.processedRows}</Table.Td>
                    <Table.Td>{r.insertedRows}</Table.Td>
                    <Table.Td>{r.rejectedRows}</Table.Td>
                    <Table.Td>
                      {r.status !== 'done' && r.fileName && (
                        <Button size="xs" variant="light" disabled={!file} onClick={() => send(r.id)}>
                          {t('registry.ingestion.resume')}
                        </Button>
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
        </Stack>
      </Card>
    </Stack>
  );
}
