import { Anchor, Center, Loader, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ApiError } from '../lib/api-error';
import { useBilingual } from '../lib/use-bilingual';
import { useErrorText } from '../lib/use-error-text';
import { CATALOGUE_PATH, RuleEntryDetail, useRuleEntry } from '../features/rules';
import { ErrorAlert } from '../ui/error-alert';
import { PageTitle } from '../ui/page-title';

/** One catalogue entry at its stable address, e.g. `/aturan/skb2022.discipline.6`. */
export function RuleEntryPage() {
  const { t } = useTranslation();
  const text = useBilingual();
  const errors = useErrorText();
  const { id = '' } = useParams();
  const entry = useRuleEntry(id);
  const backLink = (
    <Anchor component={Link} to={CATALOGUE_PATH}>
      {t('rules.backToCatalogue')}
    </Anchor>
  );
  if (entry.isPending) {
    return (
      <Center p="lg">
        <Loader aria-label={t('common.loading')} />
      </Center>
    );
  }
  if (entry.isError) {
    const isMissing = entry.error instanceof ApiError && entry.error.status === 404;
    return (
      <Stack>
        <PageTitle>{isMissing ? t('rules.notFoundTitle') : t('rules.catalogueTitle')}</PageTitle>
        <ErrorAlert message={errors.message(entry.error)} />
        {backLink}
      </Stack>
    );
  }
  return (
    <Stack>
      {backLink}
      <PageTitle>{text(entry.data.title.short)}</PageTitle>
      <RuleEntryDetail entry={entry.data} />
    </Stack>
  );
}
