import { Alert, Button, FileInput, Group, SimpleGrid, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../../../lib/use-error-text';
import { ErrorAlert } from '../../../ui/error-alert';
import { useRecordExecution, type FollowUpDetail } from '../api/follow-up-api';

/**
 * Execution of an imposed sanction, with its evidence file. The case cannot close before this is
 * recorded. A refused file or date keeps everything typed (the form state is left untouched).
 */
export function ExecutionSection({ detail }: { detail: FollowUpDetail }) {
  const { t } = useTranslation();
  if (detail.execution)
    return (
      <Text size="sm" data-testid="execution-recorded">
        {t('caseWork.followUp.executionLine', {
          date: detail.execution.executedOn,
          summary: detail.execution.summary,
        })}
      </Text>
    );
  if (!detail.followUp && !detail.dispositionFollowedUp)
    return <Text size="sm">{t('caseWork.followUp.executionWaiting')}</Text>;
  if (detail.followUp?.decision !== 'sanctioned')
    return <Text size="sm">{t('caseWork.followUp.executionNotNeeded')}</Text>;
  return <ExecutionForm detail={detail} />;
}

function ExecutionForm({ detail }: { detail: FollowUpDetail }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const record = useRecordExecution(detail.id);
  const [executedOn, setExecutedOn] = useState('');
  const [summary, setSummary] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [missingFile, setMissingFile] = useState(false);
  const field = (name: string) => errorText.field(record.error, name);

  const handleSubmit = (event: FormEvent) => {
    event.preventDefault();
    setMissingFile(!file);
    if (!file) return;
    record.mutate({
      body: { expectedVersion: detail.case.version, executedOn, summary: summary.trim() },
      file,
    });
  };

  return (
    <form onSubmit={handleSubmit} noValidate>
      <Stack>
        <Alert color="blue" variant="light">
          {t('caseWork.followUp.executionIntro')}
        </Alert>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            type="date"
            label={t('caseWork.followUp.executedOn')}
            required
            value={executedOn}
            onChange={(e) => setExecutedOn(e.currentTarget.value)}
            error={field('executedOn')}
          />
          <FileInput
            label={t('caseWork.followUp.executionEvidence')}
            description={t('caseWork.followUp.documentHelp')}
            accept="application/pdf,image/jpeg,image/png"
            required
            value={file}
            onChange={setFile}
            clearable
            error={missingFile ? t('caseWork.followUp.executionFileRequired') : field('file')}
          />
        </SimpleGrid>
        <Textarea
          label={t('caseWork.followUp.executionSummary')}
          required
          autosize
          minRows={2}
          value={summary}
          onChange={(e) => setSummary(e.currentTarget.value)}
          error={field('summary')}
        />
        <ErrorAlert message={errorText.message(record.error)} />
        <Group justify="flex-end">
          <Button type="submit" loading={record.isPending}>
            {t('caseWork.followUp.executionSave')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
