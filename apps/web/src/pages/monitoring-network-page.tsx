import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { NetworkView } from '../features/monitoring';
import { PageTitle } from '../ui/page-title';

export function MonitoringNetworkPage() {
  const { t } = useTranslation();
  return (
    <Stack>
      <PageTitle>{t('monitoring.network.title')}</PageTitle>
      <Text>{t('monitoring.network.intro')}</Text>
      <NetworkView />
    </Stack>
  );
}
