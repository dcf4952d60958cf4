import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { AnnouncementsList } from '../features/cases';
import { PageTitle } from '../ui/page-title';

export function AnnouncementsPage() {
  const { t } = useTranslation();
  return (
    <Stack>
      <PageTitle>{t('cases.announcements.title')}</PageTitle>
      <Text>{t('cases.announcements.intro')}</Text>
      <AnnouncementsList />
    </Stack>
  );
}
