import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useMe } from '../features/auth';
import { StaffTips } from '../features/cases';
import { PageTitle } from '../ui/page-title';

/** /perkara/informasi-awal: anonymous tips for handling staff. */
export function TipsPage() {
  const { t } = useTranslation();
  const me = useMe();
  return (
    <Stack>
      <PageTitle>{t('caseWork.tips.title')}</PageTitle>
      <Text>{t('caseWork.tips.intro')}</Text>
      <StaffTips canHandle={Boolean(me.data?.abilities['cases.handle'])} />
    </Stack>
  );
}
