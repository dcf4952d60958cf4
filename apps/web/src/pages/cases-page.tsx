import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { CaseList } from '../features/cases';
import { PageTitle } from '../ui/page-title';

export function CasesPage() {
  const { t } = useTranslation();
  return (
    <Stack>
      <PageTitle>{t('nav.cases')}</PageTitle>
      <Text>{t('cases.listIntro')}</Text>
      <CaseList />
    </Stack>
  );
}
