import { Anchor, Card, Group, List, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useBilingual } from '../../../lib/use-bilingual';
import type { RuleMatch } from '../api/rules-api';
import { formatLegalBasis } from '../lib/legal-basis';
import { REPORT_PATH, rulePath } from '../lib/paths';
import { RuleStatusAlert } from './rule-status-alert';

/** One ranked result of the conduct check: what the rule says, what it costs, where it is written. */
export function RuleMatchCard({ match }: { match: RuleMatch }) {
  const { t } = useTranslation();
  const text = useBilingual();
  const { entry } = match;
  const titleId = `rule-${entry.id.replaceAll('.', '-')}`;
  return (
    <Card
      withBorder
      padding="md"
      radius="md"
      component="article"
      aria-labelledby={titleId}
      data-rule-id={entry.id}
    >
      <Stack gap="sm">
        <Title order={3} size="h4" id={titleId}>
          <Anchor component={Link} to={rulePath(entry.id)} inherit>
            {text(entry.title.short)}
          </Anchor>
        </Title>
        <Text>{text(entry.description)}</Text>
        <div>
          <Text size="sm" fw={700}>
            {t('rules.sanction')}
          </Text>
          <List size="sm" spacing={2}>
            {entry.sanctions.map((sanction) => (
              <List.Item key={`${sanction.kind}-${sanction.summary.id}`}>{text(sanction.summary)}</List.Item>
            ))}
          </List>
        </div>
        <div>
          <Text size="sm" fw={700}>
            {t('rules.legalBasis')}
          </Text>
          <Text size="sm">{entry.legalBasis.map(formatLegalBasis).join('; ')}</Text>
        </div>
        <div>
          <Text size="sm" fw={700}>
            {t('rules.reason')}
          </Text>
          <Text size="sm">{text(match.reason)}</Text>
        </div>
        <div>
          <Text size="sm" fw={700} c={match.appliesOnDate ? 'teal.9' : 'dark.9'}>
            {match.appliesOnDate ? t('rules.appliesYes') : t('rules.appliesNo')}
          </Text>
          {entry.applicabilityNote && <Text size="sm">{text(entry.applicabilityNote)}</Text>}
        </div>
        <RuleStatusAlert status={entry.status} />
        <Group gap="md" wrap="wrap">
          <Anchor component={Link} to={rulePath(entry.id)} size="sm">
            {t('rules.readMore')}
          </Anchor>
          <Anchor component={Link} to={REPORT_PATH} size="sm" fw={700}>
            {t('rules.report')}
          </Anchor>
        </Group>
      </Stack>
    </Card>
  );
}
