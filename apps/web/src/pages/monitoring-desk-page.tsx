import { Anchor, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LeadDesk } from '../features/monitoring';
import { PageTitle } from '../ui/page-title';

export function MonitoringDeskPage() {
  const { t } = useTranslation();
  return (
    <Stack>
      <PageTitle>{t('monitoring.desk.title')}</PageTitle>
      <Text>{t('monitoring.desk.intro')}</Text>
      <nav aria-label={t('monitoring.desk.links')}>
        <Group gap="lg">
          <Anchor component={Link} to="/pemantauan/tangkapan">
            {t('monitoring.desk.toCapture')}
          </Anchor>
          <Anchor component={Link} to="/pemantauan/jaringan">
            {t('monitoring.desk.toNetwork')}
          </Anchor>
        </Group>
      </nav>
      <LeadDesk />
    </Stack>
  );
}
