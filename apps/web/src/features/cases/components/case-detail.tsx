import {
  Anchor,
  Badge,
  Button,
  Group,
  Loader,
  Paper,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTime } from '../../../lib/format';
import { useBilingual } from '../../../lib/use-bilingual';
import { useErrorText } from '../../../lib/use-error-text';
import { ErrorAlert } from '../../../ui/error-alert';
import { PageTitle } from '../../../ui/page-title';
import { ScrollTable } from '../../../ui/scroll-table';
import { caseKeys, useCase, type CaseDetail as Detail } from '../api/cases-api';
import { URGENCY_COLOR, urgencyOf, useStatusLabel, useTimeLeft } from '../lib/status';
import { CaseForwardings } from './case-forwardings';
import { EvidenceLinks } from './evidence-links';
import { ReporterReveal } from './reporter-reveal';
import { TransitionForm } from './transition-form';

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Paper withBorder p="md" radius="md" component="section">
      <Title order={2} size="h3" mb="sm">
        {title}
      </Title>
      {children}
    </Paper>
  );
}

function Deadlines({ detail }: { detail: Detail }) {
  const { t, i18n } = useTranslation();
  const timeLeft = useTimeLeft();
  if (detail.deadlines.length === 0) return <Text>{t('cases.noDeadlines')}</Text>;
  return (
    <ScrollTable minWidth={560} caption={t('cases.deadlines')}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('cases.deadline')}</Table.Th>
          <Table.Th>{t('cases.dueAt')}</Table.Th>
          <Table.Th>{t('cases.timeLeft')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {detail.deadlines.map((d) => {
          const urgency = d.status === 'running' ? urgencyOf(d.timeLeftMs) : 'none';
          return (
            <Table.Tr key={`${d.key}-${d.startedAt}`}>
              <Table.Td>
                {i18n.exists(`cases.deadlineKey.${d.key}`) ? t(`cases.deadlineKey.${d.key}`) : d.key}
                {d.extended && ` (${t('cases.extended')})`}
              </Table.Td>
              <Table.Td>{formatDateTime(d.dueAt, i18n.language)}</Table.Td>
              <Table.Td>
                {d.status === 'running' ? (
                  <Text size="sm" fw={urgency === 'normal' ? 400 : 700} c={URGENCY_COLOR[urgency]}>
                    {timeLeft(d.timeLeftMs)}
                  </Text>
                ) : (
                  t('cases.stoppedAt', { at: d.stoppedAt ? formatDateTime(d.stoppedAt, i18n.language) : '' })
                )}
              </Table.Td>
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </ScrollTable>
  );
}

/** One case for staff: status, deadlines, source, history, the transitions the server allows. */
export function CaseDetailView({ id }: { id: string }) {
  const { t, i18n } = useTranslation();
  const errorText = useErrorText();
  const bilingual = useBilingual();
  const statusLabel = useStatusLabel();
  const timeLeft = useTimeLeft();
  const client = useQueryClient();
  const query = useCase(id);
  const [transition, setTransition] = useState<string | null>(null);
  const detail = query.data;
  if (query.isPending) return <Loader />;
  if (!detail)
    return (
      <Stack>
        <PageTitle>{t('cases.detailTitle')}</PageTitle>
        <ErrorAlert message={errorText.message(query.error)} />
      </Stack>
    );
  const source = detail.source;
  return (
    <Stack>
      <Anchor component={Link} to="/perkara">
        {t('cases.backToList')}
      </Anchor>
      <PageTitle>{detail.registerNumber ?? detail.summary ?? t('cases.detailTitle')}</PageTitle>
      <Group gap="xs" wrap="wrap">
        <Badge size="lg" variant="light" c="blue.9" data-testid="case-status">
          {statusLabel(detail.status)}
        </Badge>
        <Badge variant="outline" c="gray.9">
          {t(`cases.kinds.${detail.kind}`)}
        </Badge>
        <Text size="sm">
          {t('cases.receivedAt')}: {formatDateTime(detail.receivedAt, i18n.language)}
        </Text>
        {detail.nextDueAt && (
          <Text
            size="sm"
            fw={600}
            c={URGENCY_COLOR[urgencyOf(detail.timeLeftMs)]}
            data-testid="next-deadline"
          >
            {t('caseWork.nextDeadline', {
              at: formatDateTime(detail.nextDueAt, i18n.language),
              left: timeLeft(detail.timeLeftMs),
            })}
          </Text>
        )}
      </Group>
      {detail.reportWindow && !detail.reportWindow.within && (
        <ErrorAlert message={bilingual(detail.reportWindow.explanation)} />
      )}
      <ErrorAlert message={errorText.message(query.error)} />

      <Section title={t('cases.actions')}>
        {detail.availableTransitions.length === 0 ? (
          <Text>{t('cases.noTransitions')}</Text>
        ) : (
          <Group wrap="wrap" gap="xs">
            {detail.availableTransitions.map((name) => (
              <Button key={name} variant="outline" onClick={() => setTransition(name)}>
                {t(`cases.transition.${name}`)}
              </Button>
            ))}
          </Group>
        )}
        <Button
          mt="sm"
          size="compact-sm"
          variant="subtle"
          onClick={() => void client.invalidateQueries({ queryKey: caseKeys.detail(id) })}
        >
          {t('cases.reload')}
        </Button>
      </Section>
      {transition && (
        <TransitionForm
          key={`${transition}-${detail.version}`}
          detail={detail}
          name={transition}
          opened
          onClose={() => setTransition(null)}
        />
      )}

      <Section title={t('cases.deadlines')}>
        <Deadlines detail={detail} />
      </Section>

      {source?.type === 'report' && (
        <Section title={t('cases.reportSection')}>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs">
            <Text size="sm">
              <b>{t('cases.reportedParty')}:</b>{' '}
              {[source.reportedParty.name, source.reportedParty.position, source.reportedParty.agency]
                .filter(Boolean)
                .join(', ')}
            </Text>
            <Text size="sm">
              <b>{t('cases.form.place')}:</b> {source.place} ({detail.regionName ?? detail.regionCode})
            </Text>
            <Text size="sm">
              <b>{t('cases.form.occurredOn')}:</b> {source.occurredOn}
            </Text>
            <Text size="sm">
              <b>{t('cases.form.knownOn')}:</b> {source.knownOn}
            </Text>
            <Text size="sm">
              <b>{t('cases.evidence.title')}:</b> {source.evidence.length}
            </Text>
            <Text size="sm">
              <b>{t('cases.form.witnessSection')}:</b>{' '}
              {source.witnesses.map((w) => w.name).join(', ') || t('common.none')}
            </Text>
          </SimpleGrid>
          <Text mt="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {source.whatHappened}
          </Text>
          <Title order={3} size="h5" mt="md" mb="xs">
            {t('cases.evidence.title')}
          </Title>
          <EvidenceLinks caseId={detail.id} evidence={source.evidence} />
        </Section>
      )}
      {source && source.type !== 'report' && (
        <Section title={t('cases.reportSection')}>
          <Text style={{ whiteSpace: 'pre-wrap' }}>
            {source.type === 'tip' ? source.whatHappened : source.narrative}
          </Text>
          <Title order={3} size="h5" mt="md" mb="xs">
            {t('cases.evidence.title')}
          </Title>
          <EvidenceLinks caseId={detail.id} evidence={source.evidence} />
        </Section>
      )}

      {detail.state.dispositions.length > 0 && (
        <Section title={t('caseWork.followUp.staffSection')}>
          <CaseForwardings caseId={detail.id} forwardings={detail.forwardings} />
        </Section>
      )}

      {detail.abilities.canReadReporter && (
        <Section title={t('cases.reporter.title')}>
          <ReporterReveal caseId={detail.id} />
        </Section>
      )}

      <Section title={t('cases.history')}>
        {detail.state.history.length === 0 ? (
          <Text>{t('cases.noHistory')}</Text>
        ) : (
          <ScrollTable minWidth={480} caption={t('cases.history')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('cases.when')}</Table.Th>
                <Table.Th>{t('cases.step')}</Table.Th>
                <Table.Th>{t('cases.statusLabel')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {detail.state.history.map((h, i) => (
                <Table.Tr key={i}>
                  <Table.Td>{formatDateTime(h.at, i18n.language)}</Table.Td>
                  <Table.Td>{t(`cases.transition.${h.transition}`)}</Table.Td>
                  <Table.Td>{statusLabel(h.to)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </ScrollTable>
        )}
      </Section>
    </Stack>
  );
}
