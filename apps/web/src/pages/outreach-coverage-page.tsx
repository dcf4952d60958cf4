import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useMe } from '../features/auth';
import { CoverageView } from '../features/outreach';
import { PageTitle } from '../ui/page-title';

export function OutreachCoveragePage() {
  const { t } = useTranslation();
  const me = useMe();
  const region = me.data?.memberships[0]?.regionCode;
  return (
    <Stack>
      <PageTitle>{t('outreach.coverage.title')}</PageTitle>
      <Text>{t('outreach.coverage.intro')}</Text>
      {region && <CoverageView defaultRegion={region === 'ID' ? '14.03' : region} />}
    </Stack>
  );
}
