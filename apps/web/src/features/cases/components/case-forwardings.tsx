import { Button, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../lib/format';
import { useErrorText } from '../../../lib/use-error-text';
import { ErrorAlert } from '../../../ui/error-alert';
import { ScrollTable } from '../../../ui/scroll-table';
import type { FollowUpOutcome, Forwarding } from '../api/follow-up-api';
import { downloadFile, extensionOf } from '../lib/save-blob';
import { FollowUpStatusBadge } from './follow-up-list';

export function FollowUpOutcomeText({ outcome }: { outcome: FollowUpOutcome }) {
  const { t, i18n } = useTranslation();
  return (
    <Stack gap={2} data-testid="follow-up-outcome">
      <Text size="sm" fw={600}>
        {t(`caseWork.followUp.decisions.${outcome.decision}`)}
        {outcome.sanctionLevel && `: ${t(`caseWork.followUp.sanctions.${outcome.sanctionLevel}`)}`}
      </Text>
      {outcome.reason && <Text size="sm">{outcome.reason}</Text>}
      <Text size="xs">
        {t('caseWork.followUp.decreeLine', {
          number: outcome.decisionLetterNumber ?? '—',
          date: outcome.decisionLetterDate ?? '—',
          at: formatDateTime(outcome.recordedAt, i18n.language),
        })}
      </Text>
    </Stack>
  );
}

/** For Bawaslu staff on the case page: each forwarding, its recipient, and the follow-up status. */
export function CaseForwardings({ caseId, forwardings }: { caseId: string; forwardings: Forwarding[] }) {
  const { t, i18n } = useTranslation();
  const errorText = useErrorText();
  const [error, setError] = useState<unknown>();
  if (forwardings.length === 0) return <Text>{t('caseWork.followUp.noForwardings')}</Text>;
  const download = (f: Forwarding, kind: 'decision' | 'execution') => {
    setError(undefined);
    const mediaType = (kind === 'execution' ? f.execution?.evidence.mediaType : f.document?.mediaType) ?? '';
    downloadFile(
      `/api/cases/${caseId}/forwardings/${f.id}/document?kind=${kind}`,
      `${kind === 'execution' ? 'pelaksanaan' : 'keputusan'}-${f.id.slice(0, 8)}.${extensionOf(mediaType)}`,
    ).catch(setError);
  };
  return (
    <Stack>
      <ScrollTable minWidth={720} caption={t('caseWork.followUp.forwardingsCaption')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('caseWork.followUp.recipient')}</Table.Th>
            <Table.Th>{t('caseWork.followUp.kind')}</Table.Th>
            <Table.Th>{t('caseWork.followUp.forwardedAt')}</Table.Th>
            <Table.Th>{t('caseWork.followUp.status')}</Table.Th>
            <Table.Th>{t('caseWork.followUp.decisionSection')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {forwardings.map((f) => (
            <Table.Tr key={f.id} data-testid="forwarding-row">
              <Table.Td>
                {f.recipient.name}
                <Text size="xs">{f.letterNumber ?? ''}</Text>
              </Table.Td>
              <Table.Td>{t(`cases.option.violationKinds.${f.kind}`)}</Table.Td>
              <Table.Td>{formatDateTime(f.forwardedAt, i18n.language)}</Table.Td>
              <Table.Td>
                <FollowUpStatusBadge forwarding={f} />
              </Table.Td>
              <Table.Td>
                {f.followUp ? <FollowUpOutcomeText outcome={f.followUp} /> : t('common.none')}
                {f.document && (
                  <Button size="compact-xs" variant="subtle" onClick={() => download(f, 'decision')}>
                    {t('caseWork.followUp.downloadDocument')}
                  </Button>
                )}
                {f.execution && (
                  <>
                    <Text size="xs" data-testid="forwarding-execution">
                      {t('caseWork.followUp.executionLine', {
                        date: f.execution.executedOn,
                        summary: f.execution.summary,
                      })}
                    </Text>
                    <Button size="compact-xs" variant="subtle" onClick={() => download(f, 'execution')}>
                      {t('caseWork.followUp.downloadExecution')}
                    </Button>
                  </>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </ScrollTable>
      <ErrorAlert message={errorText.message(error)} />
    </Stack>
  );
}
