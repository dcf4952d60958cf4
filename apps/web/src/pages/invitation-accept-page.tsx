import { Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { LanguageSwitch } from '../app/language-switch';
import { AcceptInvitation } from '../features/invitations';
import { CenteredCard } from '../ui/centered-card';

export function InvitationAcceptPage() {
  const { t } = useTranslation();
  const { token = '' } = useParams();
  return (
    <>
      <Group justify="flex-end" p="sm" component="header">
        <LanguageSwitch />
      </Group>
      <CenteredCard title={t('invite.title')}>
        <AcceptInvitation token={token} />
      </CenteredCard>
    </>
  );
}
