import { Button, Group, Stack, Tabs, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMe } from '../features/auth';
import { ActivityCalendar, ActivityList } from '../features/outreach';
import { PageTitle } from '../ui/page-title';

export function OutreachActivitiesPage() {
  const { t } = useTranslation();
  const me = useMe();
  return (
    <Stack>
      <PageTitle>{t('outreach.listTitle')}</PageTitle>
      <Text>{t('outreach.listIntro')}</Text>
      <Group>
        {me.data?.abilities['outreach.log'] && (
          <Button component={Link} to="/pencegahan/kegiatan/baru">
            {t('outreach.newActivity')}
          </Button>
        )}
        <Button component={Link} to="/pencegahan/cakupan" variant="default">
          {t('outreach.coverageLink')}
        </Button>
      </Group>
      <Tabs defaultValue="list" keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="list">{t('outreach.viewList')}</Tabs.Tab>
          <Tabs.Tab value="calendar">{t('outreach.viewCalendar')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="list" pt="md">
          <ActivityList />
        </Tabs.Panel>
        <Tabs.Panel value="calendar" pt="md">
          <ActivityCalendar />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
