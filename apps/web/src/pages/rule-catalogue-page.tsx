import { Anchor, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { RULE_CHECK_PATH, RuleCatalogue } from '../features/rules';
import { PageTitle } from '../ui/page-title';

export function RuleCataloguePage() {
  const { t } = useTranslation();
  return (
    <Stack maw={860}>
      <PageTitle>{t('rules.catalogueTitle')}</PageTitle>
      <Text>{t('rules.catalogueIntro')}</Text>
      <Anchor component={Link} to={RULE_CHECK_PATH}>
        {t('rules.toCheck')}
      </Anchor>
      <RuleCatalogue />
    </Stack>
  );
}
