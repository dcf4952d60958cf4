import { Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useMe } from '../features/auth';
import { OrganizationsManager } from '../features/organizations';

export function OrganizationsPage() {
  const { t } = useTranslation();
  const me = useMe().data;
  return (
    <Stack>
      <Title order={1}>{t('orgs.title')}</Title>
      <OrganizationsManager canCreate={Boolean(me?.abilities['organizations.manage'])} />
    </Stack>
  );
}
