import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useMe } from '../features/auth';
import { EventUpload } from '../features/ingestion';
import { PageTitle } from '../ui/page-title';

export function EventImportsPage() {
  const { t } = useTranslation();
  const me = useMe();
  return (
    <Stack>
      <PageTitle>{t('registry.ingestion.title')}</PageTitle>
      <Text>{t('registry.ingestion.intro')}</Text>
      <EventUpload defaultRegion={me.data?.memberships[0]?.regionCode ?? '14.03'} />
    </Stack>
  );
}
