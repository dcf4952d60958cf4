import { Stack } from '@mantine/core';
import { PageTitle } from '../ui/page-title';
import { useTranslation } from 'react-i18next';
import { useMe } from '../features/auth';
import { UsersManager } from '../features/users';

export function UsersPage() {
  const { t } = useTranslation();
  const me = useMe().data;
  return (
    <Stack>
      <PageTitle>{t('users.title')}</PageTitle>
      <UsersManager canManage={Boolean(me?.abilities['users.manage'])} />
    </Stack>
  );
}
