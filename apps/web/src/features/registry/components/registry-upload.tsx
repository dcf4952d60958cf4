import {
  Alert,
  Button,
  Card,
  FileInput,
  Group,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../../../lib/use-error-text';
import { useRegistryUpload } from '../api/registry-api';
import { ImportErrorsTable } from './import-errors-table';

export function RunCounts({ counts }: { counts: [string, number][] }) {
  const { t } = useTranslation();
  return (
    <SimpleGrid cols={{ base: 2, sm: counts.length }}>
      {counts.map(([key, value]) => (
        <Stack key={key} gap={0}>
          <Text size="xs" c="dimmed">
            {t(`registry.upload.${key}`)}
          </Text>
          <Text fw={700} data-testid={`count-${key}`}>
            {value}
          </Text>
        </Stack>
      ))}
    </SimpleGrid>
  );
}

/** Upload of a registry file; the answer comes when the (streamed) import has finished. */
export function RegistryUpload({ defaultRegion }: { defaultRegion: string }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [file, setFile] = useState<File | null>(null);
  const [region, setRegion] = useState(defaultRegion);
  const upload = useRegistryUpload();
  const run = upload.data;
  return (
    <Card withBorder>
      <Stack>
        <Title order={2} size="h4">
          {t('registry.upload.title')}
        </Title>
        <Text size="sm">{t('registry.upload.help')}</Text>
        <Group align="end">
          <FileInput
            label={t('registry.upload.file')}
            accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            value={file}
            onChange={setFile}
            clearable
            w={320}
          />
          <TextInput
            label={t('registry.upload.region')}
            value={region}
            onChange={(e) => setRegion(e.currentTarget.value)}
            w={160}
          />
          <Button
            disabled={!file}
            loading={upload.isPending}
            onClick={() => file && upload.mutate({ file, regionCode: region })}
          >
            {t('registry.upload.submit')}
          </Button>
        </Group>
        {upload.error && <Alert color="red">{errorText.message(upload.error)}</Alert>}
        {run && (
          <Stack aria-live="polite">
            <Title order={3} size="h5">
              {t('registry.upload.result')}
            </Title>
            <RunCounts
              counts={[
                ['processed', run.processedRows],
                ['inserted', run.insertedRows],
                ['updated', run.updatedRows],
                ['unchanged', run.unchangedRows],
                ['rejected', run.rejectedRows],
              ]}
            />
            <ImportErrorsTable base="/api/registry/imports" importId={run.id} />
          </Stack>
        )}
      </Stack>
    </Card>
  );
}
