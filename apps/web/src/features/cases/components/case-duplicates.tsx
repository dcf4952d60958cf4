import { Anchor, Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTime } from '../../../lib/format';
import { useErrorText } from '../../../lib/use-error-text';
import { ErrorAlert } from '../../../ui/error-alert';
import { useCase } from '../api/cases-api';
import { useDuplicates, useMarkDuplicate, type DuplicateCandidate } from '../api/case-documents-api';
import { useStatusLabel } from '../lib/status';

/** "Kemungkinan duplikat": cases that look like the same incident; staff link them or dismiss them. */
export function CaseDuplicates({ caseId }: { caseId: string }) {
  const { t, i18n } = useTranslation();
  const errorText = useErrorText();
  const statusLabel = useStatusLabel();
  const detail = useCase(caseId);
  const duplicates = useDuplicates(caseId);
  const mark = useMarkDuplicate(caseId);
  const canHandle = detail.data?.abilities.canHandle ?? false;
  const items = duplicates.data?.items ?? [];
  const open = items.filter((d) => d.relation === null);
  const linked = items.filter((d) => d.relation === 'linked');

  const row = (d: DuplicateCandidate) => (
    <Paper key={d.id} withBorder p="xs" radius="sm">
      <Group justify="space-between" wrap="wrap">
        <Stack gap={2}>
          <Anchor component={Link} to={`/perkara/${d.id}`}>
            {d.registerNumber ?? d.summary}
          </Anchor>
          <Text size="xs">
            {[
              t(`cases.kinds.${d.kind}`),
              statusLabel(d.status),
              d.regionName,
              formatDateTime(d.receivedAt, i18n.language),
            ].join(' · ')}
          </Text>
          <Group gap={4}>
            {d.reasons.map((r) => (
              <Badge key={r} variant="light" c="blue.9">
                {t(`documents.duplicates.reasons.${r}`)}
              </Badge>
            ))}
          </Group>
        </Stack>
        {canHandle && d.relation === null && (
          <Group gap="xs">
            <Button
              size="xs"
              variant="default"
              onClick={() => mark.mutate({ otherCaseId: d.id, relation: 'linked' })}
            >
              {t('documents.duplicates.link')}
            </Button>
            <Button
              size="xs"
              variant="default"
              onClick={() => mark.mutate({ otherCaseId: d.id, relation: 'not_duplicate' })}
            >
              {t('documents.duplicates.notDuplicate')}
            </Button>
          </Group>
        )}
      </Group>
    </Paper>
  );

  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="case-duplicates-title">
      <Title order={2} size="h3" mb="sm" id="case-duplicates-title">
        {t('documents.duplicates.title')}
      </Title>
      <ErrorAlert message={errorText.message(duplicates.error ?? mark.error)} />
      {duplicates.data && open.length === 0 && <Text>{t('documents.duplicates.none')}</Text>}
      <Stack gap="xs">{open.map(row)}</Stack>
      {linked.length > 0 && (
        <>
          <Title order={3} size="h4" mt="md" mb="xs">
            {t('documents.duplicates.linked')}
          </Title>
          <Stack gap="xs">{linked.map(row)}</Stack>
        </>
      )}
    </Paper>
  );
}
