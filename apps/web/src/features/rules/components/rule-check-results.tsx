import { Alert, Button, Center, List, Loader, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useBilingual } from '../../../lib/use-bilingual';
import { useErrorText } from '../../../lib/use-error-text';
import { ErrorAlert } from '../../../ui/error-alert';
import { useRuleCheck } from '../api/rules-api';
import { RuleMatchCard } from './rule-match-card';

/** The ranked rules for a description, the election stage on the date, or an honest "no match". */
export function RuleCheckResults({ query, date }: { query: string; date: string }) {
  const { t } = useTranslation();
  const text = useBilingual();
  const errors = useErrorText();
  const check = useRuleCheck(query, date);
  if (!query.trim()) return null;
  if (check.isPending) {
    return (
      <Center p="lg">
        <Loader aria-label={t('common.loading')} />
      </Center>
    );
  }
  if (check.isError) {
    return (
      <Stack>
        <ErrorAlert message={errors.message(check.error)} />
        <Button variant="default" onClick={() => void check.refetch()} style={{ alignSelf: 'flex-start' }}>
          {t('common.retry')}
        </Button>
      </Stack>
    );
  }
  const result = check.data;
  return (
    <Stack component="section" aria-labelledby="rule-results-title" aria-busy={check.isFetching}>
      <Title order={2} size="h3" id="rule-results-title">
        {t('rules.resultsTitle')}
      </Title>
      <Alert
        color="blue.9"
        variant="outline"
        title={t('rules.stageTitle', { election: result.election.name })}
      >
        <Text size="sm">{text(result.stage.explanation)}</Text>
      </Alert>
      {result.matches.length === 0 ? (
        <Alert color="gray" variant="outline" role="status" data-testid="rule-no-match">
          <Text fw={700} mb={4}>
            {t('rules.noMatchTitle')}
          </Text>
          <Text size="sm" mb="xs">
            {t('rules.noMatch')}
          </Text>
          <List size="sm" spacing={4}>
            {result.suggestions.map((suggestion) => (
              <List.Item key={suggestion.id}>{text(suggestion)}</List.Item>
            ))}
          </List>
        </Alert>
      ) : (
        <>
          <Text size="sm" role="status">
            {t('rules.matchCount', { count: result.matches.length })}
          </Text>
          {result.matches.map((match) => (
            <RuleMatchCard key={match.entry.id} match={match} />
          ))}
        </>
      )}
    </Stack>
  );
}
