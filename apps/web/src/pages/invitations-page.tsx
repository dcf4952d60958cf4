import { Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { InvitationsManager } from '../features/invitations';

export function InvitationsPage() {
  const { t } = useTranslation();
  return (
    <Stack>
      <Title order={1}>{t('invitations.title')}</Title>
      <InvitationsManager />
    </Stack>
  );
}
