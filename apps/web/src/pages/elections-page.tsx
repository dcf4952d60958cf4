import { Divider, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ElectionsManager, HolidaysManager } from '../features/elections';
import { PageTitle } from '../ui/page-title';

export function ElectionsPage() {
  const { t } = useTranslation();
  return (
    <Stack>
      <PageTitle>{t('elections.title')}</PageTitle>
      <Stack component="section" aria-labelledby="elections-title">
        <Title order={2} size="h3" id="elections-title">
          {t('elections.listTitle')}
        </Title>
        <ElectionsManager />
      </Stack>
      <Divider />
      <Stack component="section" aria-labelledby="holidays-title">
        <Title order={2} size="h3" id="holidays-title">
          {t('holidays.title')}
        </Title>
        <HolidaysManager />
      </Stack>
    </Stack>
  );
}
