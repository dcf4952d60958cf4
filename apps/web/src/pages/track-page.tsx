import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { TrackForm } from '../features/cases';
import { PageTitle } from '../ui/page-title';

export function TrackPage() {
  const { t } = useTranslation();
  return (
    <Stack maw={760}>
      <PageTitle>{t('cases.track.title')}</PageTitle>
      <Text>{t('cases.track.intro')}</Text>
      <TrackForm />
    </Stack>
  );
}
