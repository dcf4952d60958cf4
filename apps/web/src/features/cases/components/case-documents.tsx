import { Badge, Button, Checkbox, Group, Paper, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useBilingual } from '../../../lib/use-bilingual';
import { useErrorText } from '../../../lib/use-error-text';
import { ErrorAlert } from '../../../ui/error-alert';
import { ScrollTable } from '../../../ui/scroll-table';
import { useCase } from '../api/cases-api';
import { useCaseDocuments, useDownloadDocument, type CaseDocument } from '../api/case-documents-api';
import { CaseDuplicates } from './case-duplicates';

/** The variant of a letter in words: the clarified party, or the receiving body of a forwarding. */
function useVariantLabel() {
  const { t, i18n } = useTranslation();
  return (d: CaseDocument) =>
    d.variant && i18n.exists(`documents.parties.${d.variant}`) ? t(`documents.parties.${d.variant}`) : '';
}

/**
 * "Dokumen": the official documents the case can produce now, as PDF or editable DOCX. The
 * reporter's identity is printed only when the user ticks it and gives a reason (audited).
 */
export function CaseDocuments({ caseId }: { caseId: string }) {
  // Only once the case itself loaded: its page shows the one error if it cannot be read.
  const detail = useCase(caseId);
  return detail.data ? <DocumentsPanel caseId={caseId} version={detail.data.version} /> : null;
}

function DocumentsPanel({ caseId, version }: { caseId: string; version: number }) {
  const { t } = useTranslation();
  const bilingual = useBilingual();
  const errorText = useErrorText();
  const variantLabel = useVariantLabel();
  const documents = useCaseDocuments(caseId, version);
  const download = useDownloadDocument(caseId);
  const [includeReporter, setIncludeReporter] = useState(false);
  const [reason, setReason] = useState('');
  const reasonValid = reason.trim().length >= 5;
  const canInclude = documents.data?.canIncludeReporter ?? false;

  return (
    <Stack>
      <Paper withBorder p="md" radius="md" component="section" aria-labelledby="case-documents-title">
        <Title order={2} size="h3" mb="sm" id="case-documents-title">
          {t('documents.title')}
        </Title>
        <Text size="sm" mb="sm">
          {t('documents.intro')}
        </Text>
        <ErrorAlert message={errorText.message(documents.error ?? download.error)} />
        {documents.data && documents.data.items.length === 0 && <Text>{t('documents.none')}</Text>}
        {documents.data && documents.data.items.length > 0 && (
          <>
            {canInclude && documents.data.items.some((d) => d.needsReporter) && (
              <Group align="flex-end" mb="sm" wrap="wrap">
                <Checkbox
                  label={t('documents.includeReporter')}
                  checked={includeReporter}
                  onChange={(e) => setIncludeReporter(e.currentTarget.checked)}
                />
                {includeReporter && (
                  <TextInput
                    label={t('documents.reason')}
                    description={t('documents.reasonHint')}
                    value={reason}
                    onChange={(e) => setReason(e.currentTarget.value)}
                    required
                    error={reason && !reasonValid ? t('documents.reasonHint') : undefined}
                  />
                )}
              </Group>
            )}
            <ScrollTable minWidth={620} caption={t('documents.title')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('documents.document')}</Table.Th>
                  <Table.Th>{t('documents.number')}</Table.Th>
                  <Table.Th>{t('documents.download')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {documents.data.items.map((d) => {
                  const withReporter = includeReporter && d.needsReporter;
                  const label = `${bilingual(d.title)}${variantLabel(d) ? ` — ${variantLabel(d)}` : ''}`;
                  return (
                    <Table.Tr key={`${d.kind}-${d.variant}`}>
                      <Table.Td>
                        <Text size="sm">{label}</Text>
                        <Group gap={4}>
                          {d.formCode && (
                            <Badge variant="light" c="blue.9">
                              {t('documents.formCode', { code: d.formCode })}
                            </Badge>
                          )}
                          {d.needsReporter && (
                            <Badge variant="outline" color="gray.8">
                              {t('documents.namesReporter')}
                            </Badge>
                          )}
                        </Group>
                      </Table.Td>
                      <Table.Td>{d.issued ? d.issued.number : t('documents.notIssued')}</Table.Td>
                      <Table.Td>
                        <Group gap="xs" wrap="nowrap">
                          {(['pdf', 'docx'] as const).map((format) => (
                            <Button
                              key={format}
                              size="xs"
                              variant="default"
                              aria-label={`${t(`documents.${format}`)}: ${label}`}
                              disabled={withReporter && !reasonValid}
                              loading={
                                download.isPending &&
                                download.variables.kind === d.kind &&
                                download.variables.variant === d.variant &&
                                download.variables.format === format
                              }
                              onClick={() =>
                                download.mutate({
                                  kind: d.kind,
                                  variant: d.variant,
                                  format,
                                  includeReporter: withReporter,
                                  reason,
                                })
                              }
                            >
                              {t(`documents.${format}`)}
                            </Button>
                          ))}
                        </Group>
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </ScrollTable>
          </>
        )}
      </Paper>
      <CaseDuplicates caseId={caseId} />
    </Stack>
  );
}
