import { Stack } from '@mantine/core';
import { PageTitle } from '../ui/page-title';
import { useTranslation } from 'react-i18next';
import { useMe } from '../features/auth';
import { OrganizationsManager } from '../features/organizations';

export function OrganizationsPage() {
  const { t } = useTranslation();
  const me = useMe().data;
  return (
    <Stack>
      <PageTitle>{t('orgs.title')}</PageTitle>
      <OrganizationsManager canCreate={Boolean(me?.abilities['organizations.manage'])} />
    </Stack>
  );
}
