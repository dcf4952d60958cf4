import { Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useMe } from '../features/auth';
import { UsersManager } from '../features/users';

export function UsersPage() {
  const { t } = useTranslation();
  const me = useMe().data;
  return (
    <Stack>
      <Title order={1}>{t('users.title')}</Title>
      <UsersManager canManage={Boolean(me?.abilities['users.manage'])} />
    </Stack>
  );
}
