import { Anchor, Badge, Card, Group, List, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTime } from '../../../lib/format';
import { currentLanguage } from '../../../lib/i18n';
import { useErrorText } from '../../../lib/use-error-text';
import { ErrorAlert } from '../../../ui/error-alert';
import { PageTitle } from '../../../ui/page-title';
import { useLead } from '../api/monitoring-api';
import { CaptureCard } from './capture-card';
import { LeadActions } from './lead-actions';
import { STATUS_COLOR } from './lead-desk';

type Identity = {
  nip?: string;
  probability?: number;
  band?: string;
  explanation?: { code: string; id: string; en: string }[];
} | null;

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Card withBorder padding="md" component="section">
      <Title order={2} size="h4" mb="xs">
        {title}
      </Title>
      {children}
    </Card>
  );
}

function Line({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
      <b>{label}:</b> {children}
    </Text>
  );
}

/** The lead page: what happened, who the account may be (audited), evidence and the actions. */
export function LeadDetailView({ id }: { id: string }) {
  const { t, i18n } = useTranslation();
  const errorText = useErrorText();
  const language = currentLanguage(i18n.language);
  const query = useLead(id);
  if (query.error) return <ErrorAlert message={errorText.message(query.error)} />;
  const lead = query.data;
  if (!lead) return <Text>{t('common.loading')}</Text>;
  const identity: Identity = (lead.explanation.identity as Identity | undefined) ?? null;
  const source = lead.explanation.source as string | null | undefined;
  const evidence = lead.evidence as { url?: string; text?: string };

  return (
    <Stack>
      <Anchor component={Link} to="/pemantauan" size="sm">
        ← {t('monitoring.lead.back')}
      </Anchor>
      <PageTitle>{t('monitoring.lead.title', { handle: lead.accountHandle })}</PageTitle>
      <Group gap="sm">
        <Badge color={STATUS_COLOR[lead.status]} variant="filled" size="lg" data-testid="lead-status">
          {t(`monitoring.statuses.${lead.status}`)}
        </Badge>
        <Text fw={700}>
          {t('monitoring.desk.score')}: {lead.score.toFixed(2)}
        </Text>
        <Text>{t(`monitoring.bands.${lead.band ?? 'none'}`)}</Text>
      </Group>
      {lead.statusReason && <Line label={t('monitoring.lead.statusReason')}>{lead.statusReason}</Line>}
      {lead.caseId && (
        <Card withBorder padding="md" bg="grape.0">
          <Stack gap="xs">
            <Text>{t('monitoring.lead.promoted')}</Text>
            <Anchor component={Link} to={`/perkara/${lead.caseId}`}>
              {t('monitoring.lead.openCase')}
            </Anchor>
            <Text size="sm" fw={500}>
              {t('monitoring.lead.caseEvidence')}
            </Text>
            <List size="sm" data-testid="case-evidence">
              {lead.caseEvidence.map((e) => (
                <List.Item key={e.id}>
                  <Anchor href={`/api/cases/${lead.caseId}/evidence/${e.id}`}>
                    {t('monitoring.lead.evidenceFile', {
                      type: e.mediaType,
                      sha: `${e.sha256.slice(0, 16)}…`,
                    })}
                  </Anchor>
                </List.Item>
              ))}
            </List>
          </Stack>
        </Card>
      )}

      {lead.abilities.canHandle && (lead.status === 'open' || lead.status === 'confirmed') && (
        <Section title={t('monitoring.lead.actions')}>
          <LeadActions lead={lead} />
        </Section>
      )}

      <Section title={t('monitoring.lead.summary')}>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs">
          <Line label={t('monitoring.lead.kind')}>{t(`monitoring.kinds.${lead.kind}`)}</Line>
          <Line label={t('monitoring.lead.rule')}>{lead.ruleId}</Line>
          <Line label={t('monitoring.lead.conduct')}>
            {lead.catalogueEntry ? (
              <Anchor component={Link} to={`/aturan/${lead.catalogueEntry.id}`}>
                {lead.catalogueEntry.code ? `${lead.catalogueEntry.code} — ` : ''}
                {lead.catalogueEntry.title[language]}
              </Anchor>
            ) : (
              lead.catalogueEntryId
            )}
          </Line>
          <Line label={t('monitoring.lead.candidate')}>
            {lead.candidate ? `${lead.candidate.ballotNumber}. ${lead.candidate.name}` : t('common.none')}
          </Line>
          <Line label={t('monitoring.desk.when')}>{formatDateTime(lead.occurredAt, i18n.language)}</Line>
          <Line label={t('monitoring.lead.stage')}>{lead.stage ?? t('common.none')}</Line>
          <Line label={t('monitoring.desk.account')}>
            {lead.platform} @{lead.accountHandle}
            {lead.accountDisplayName ? ` (${lead.accountDisplayName})` : ''}
          </Line>
          <Line label={t('monitoring.desk.region')}>{lead.regionName ?? lead.regionCode}</Line>
        </SimpleGrid>
        <Text size="sm" mt="xs">
          {lead.stageMakesViolation
            ? t('monitoring.lead.stageViolation')
            : t('monitoring.lead.stageNoViolation')}
        </Text>
        {evidence.url && (
          <Line label={t('monitoring.lead.post')}>
            {/* Shown as text, not a link: staff open posts through the capture, not from the desk. */}
            {evidence.url}
          </Line>
        )}
        {evidence.text && <Line label={t('monitoring.lead.postText')}>{evidence.text}</Line>}
      </Section>

      <Section title={t('monitoring.lead.identity')}>
        {!identity && !lead.asnRecord ? (
          <Text size="sm">{t('monitoring.lead.identityNone')}</Text>
        ) : (
          <Stack gap="xs">
            {source && (
              <Line label={t('monitoring.lead.identitySource')}>
                {source === 'registry_account' || source === 'linkage'
                  ? t(`monitoring.lead.sources.${source}`)
                  : source}
              </Line>
            )}
            {identity?.probability !== undefined && (
              <Line label={t('monitoring.lead.probability')}>{(identity.probability * 100).toFixed(1)}%</Line>
            )}
            {identity?.explanation && identity.explanation.length > 0 && (
              <List size="sm" data-testid="identity-explanation">
                {identity.explanation.map((item) => (
                  <List.Item key={item.code}>{item[language]}</List.Item>
                ))}
              </List>
            )}
            {lead.identityConfirmed && <Text size="sm">{t('monitoring.lead.identityConfirmed')}</Text>}
          </Stack>
        )}
      </Section>

      {lead.asnRecord && (
        <Section title={t('monitoring.lead.asnRecord')}>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs">
            <Line label={t('monitoring.lead.nip')}>{lead.asnRecord.nip}</Line>
            <Line label={t('monitoring.lead.name')}>{lead.asnRecord.fullName}</Line>
            <Line label={t('monitoring.lead.asnType')}>{lead.asnRecord.asnType}</Line>
            <Line label={t('monitoring.lead.agency')}>{lead.asnRecord.agencyName}</Line>
            <Line label={t('monitoring.lead.unit')}>{lead.asnRecord.unit ?? t('common.none')}</Line>
            <Line label={t('monitoring.lead.position')}>{lead.asnRecord.position ?? t('common.none')}</Line>
            <Line label={t('monitoring.lead.rank')}>{lead.asnRecord.rank ?? t('common.none')}</Line>
          </SimpleGrid>
          <Text size="sm" fw={500} mt="sm">
            {t('monitoring.lead.linkedAccounts')}
          </Text>
          {lead.linkedAccounts.length === 0 ? (
            <Text size="sm">{t('monitoring.lead.noLinkedAccounts')}</Text>
          ) : (
            <List size="sm" data-testid="linked-accounts">
              {lead.linkedAccounts.map((a) => (
                <List.Item key={`${a.platform}:${a.handle}`}>
                  {a.platform} @{a.handle} ({t(`monitoring.lead.accountSources.${a.source}`)})
                </List.Item>
              ))}
            </List>
          )}
        </Section>
      )}

      <Section title={t('monitoring.lead.captures')}>
        <Stack gap="sm">
          {lead.captures.length === 0 && <Text size="sm">{t('monitoring.lead.noCaptures')}</Text>}
          {lead.captures.map((c) => (
            <CaptureCard key={c.id} capture={c} />
          ))}
        </Stack>
      </Section>
    </Stack>
  );
}
