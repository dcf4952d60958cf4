import { Anchor, Badge, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import type { CatalogueEntry } from '@netra/rules';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useBilingual } from '../../../lib/use-bilingual';
import { formatLegalBasis } from '../lib/legal-basis';
import { REPORT_PATH, RULE_CHECK_PATH } from '../lib/paths';
import { RuleStatusAlert } from './rule-status-alert';
import { SanctionDetails } from './sanction-details';

function Section({ id, title, children }: { id: string; title: string; children: React.ReactNode }) {
  return (
    <Stack gap={6} component="section" aria-labelledby={id}>
      <Title order={2} size="h4" id={id}>
        {title}
      </Title>
      {children}
    </Stack>
  );
}

/** Everything one catalogue entry says, for its own page (`/aturan/:id`). */
export function RuleEntryDetail({ entry }: { entry: CatalogueEntry }) {
  const { t } = useTranslation();
  const text = useBilingual();
  const until = entry.inForce.until;
  return (
    <Stack gap="lg" maw={860}>
      <Group gap="xs" wrap="wrap">
        <Badge variant="outline" color="dark.9" tt="none">
          {entry.id}
        </Badge>
        {entry.code && (
          <Badge variant="outline" color="dark.9" tt="none">
            {t('rules.code', { code: entry.code })}
          </Badge>
        )}
      </Group>
      <Text size="lg" fw={500}>
        {text(entry.title.long)}
      </Text>
      <RuleStatusAlert status={entry.status} />
      <Text>{text(entry.description)}</Text>
      <Section id="rule-examples" title={t('rules.examplesTitle')}>
        <List spacing={4}>
          {entry.examples.map((example) => (
            <List.Item key={example.id}>{text(example)}</List.Item>
          ))}
        </List>
      </Section>
      <Section id="rule-sanctions" title={t('rules.sanction')}>
        <Stack gap="sm">
          {entry.sanctions.map((sanction) => (
            <Paper key={`${sanction.kind}-${sanction.summary.id}`} withBorder p="sm">
              <SanctionDetails sanction={sanction} />
            </Paper>
          ))}
        </Stack>
      </Section>
      <Section id="rule-basis" title={t('rules.legalBasis')}>
        <List spacing={4}>
          {entry.legalBasis.map((basis) => (
            <List.Item key={formatLegalBasis(basis) + (basis.note?.id ?? '')}>
              <Text span fw={500}>
                {formatLegalBasis(basis)}
              </Text>
              {basis.note && <Text size="sm">{text(basis.note)}</Text>}
            </List.Item>
          ))}
        </List>
      </Section>
      <Section id="rule-when" title={t('rules.whenTitle')}>
        <Text>
          {entry.applicability.map((a) => t(`rules.applicability.${a}`)).join(', ')}
          {' · '}
          {entry.electionKinds.map((k) => t(`rules.electionKinds.${k}`)).join(', ')}
        </Text>
        {entry.applicabilityNote && <Text size="sm">{text(entry.applicabilityNote)}</Text>}
        <Text size="sm">
          {until
            ? t('rules.inForceRange', { from: entry.inForce.from, until })
            : t('rules.inForceFrom', { from: entry.inForce.from })}
        </Text>
      </Section>
      <Section id="rule-subjects" title={t('rules.subjectsTitle')}>
        <Text>{entry.subjects.map((s) => t(`rules.subjects.${s}`)).join(', ')}</Text>
      </Section>
      <Section id="rule-sources" title={t('rules.sourcesTitle')}>
        <List spacing={4}>
          {entry.sources.map((source) => (
            <List.Item key={source}>
              <Anchor href={source} target="_blank" rel="noreferrer" className="wrap-block">
                {source}
              </Anchor>
            </List.Item>
          ))}
        </List>
      </Section>
      <Group gap="md" wrap="wrap">
        <Anchor component={Link} to={REPORT_PATH} fw={700}>
          {t('rules.report')}
        </Anchor>
        <Anchor component={Link} to={RULE_CHECK_PATH}>
          {t('rules.toCheck')}
        </Anchor>
      </Group>
    </Stack>
  );
}
