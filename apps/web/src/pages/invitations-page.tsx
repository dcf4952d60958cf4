import { Stack } from '@mantine/core';
import { PageTitle } from '../ui/page-title';
import { useTranslation } from 'react-i18next';
import { InvitationsManager } from '../features/invitations';

export function InvitationsPage() {
  const { t } = useTranslation();
  return (
    <Stack>
      <PageTitle>{t('invitations.title')}</PageTitle>
      <InvitationsManager />
    </Stack>
  );
}
