import { Anchor, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { CATALOGUE_PATH, RuleCheckForm, RuleCheckResults } from '../features/rules';
import { PageTitle } from '../ui/page-title';

/** Public "Cek Aturan": the description and date live in the URL, so a result can be shared. */
export function RuleCheckPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const query = params.get('q') ?? '';
  const date = params.get('tanggal') ?? '';
  const handleSubmit = (q: string, day: string) => {
    const next = new URLSearchParams();
    if (q) next.set('q', q);
    if (day) next.set('tanggal', day);
    setParams(next);
  };
  return (
    <Stack maw={860}>
      <PageTitle>{t('rules.checkTitle')}</PageTitle>
      <Text>{t('rules.checkIntro')}</Text>
      <RuleCheckForm query={query} date={date} onSubmit={handleSubmit} />
      <RuleCheckResults query={query} date={date} />
      <Group>
        <Anchor component={Link} to={CATALOGUE_PATH}>
          {t('rules.toCatalogue')}
        </Anchor>
      </Group>
    </Stack>
  );
}
