import { Button, Group, Stack, Table, Text } from '@mantine/core';
import { AppModal } from '../../../ui/app-modal';
import type { InvitationDto } from '@netra/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../lib/format';
import { useErrorText } from '../../../lib/use-error-text';
import { ConfirmModal } from '../../../ui/confirm-modal';
import { ErrorAlert } from '../../../ui/error-alert';
import { Pager } from '../../../ui/pager';
import { ScrollTable } from '../../../ui/scroll-table';
import { SuccessAlert } from '../../../ui/success-alert';
import { useInvitations, useRevokeInvitation, type CreatedInvitation } from '../api/invitations-api';
import { InvitationForm } from './invitation-form';
import { InvitationLink } from './invitation-link';

const STATUS_COLORS: Record<InvitationDto['status'], string> = {
  pending: 'blue.9',
  accepted: 'teal.9',
  expired: 'gray.8',
  revoked: 'red.9',
};

export function InvitationsManager() {
  const { t, i18n } = useTranslation();
  const errors = useErrorText();
  const [page, setPage] = useState(1);
  const [isCreating, setIsCreating] = useState(false);
  const [created, setCreated] = useState<CreatedInvitation | null>(null);
  const [revoking, setRevoking] = useState<InvitationDto | null>(null);
  const [notice, setNotice] = useState<string>();
  const list = useInvitations(page);
  const revoke = useRevokeInvitation();

  const handleRevoke = () => {
    if (!revoking) return;
    revoke.mutate(revoking.id, {
      onSuccess: () => {
        setRevoking(null);
        setNotice(t('invitations.revoked'));
      },
    });
  };

  return (
    <Stack>
      <Group>
        <Button onClick={() => setIsCreating(true)}>{t('invitations.create')}</Button>
      </Group>
      <SuccessAlert message={notice} onClose={() => setNotice(undefined)} />
      <ErrorAlert message={errors.message(list.error)} />
      <ScrollTable minWidth={820} caption={t('invitations.title')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('invitations.name')}</Table.Th>
            <Table.Th>{t('invitations.email')}</Table.Th>
            <Table.Th>{t('invitations.organization')}</Table.Th>
            <Table.Th>{t('invitations.role')}</Table.Th>
            <Table.Th>{t('invitations.status')}</Table.Th>
            <Table.Th>{t('invitations.expiresAt')}</Table.Th>
            <Table.Th>{t('common.actions')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {list.data?.items.map((inv) => (
            <Table.Tr key={inv.id}>
              <Table.Td>{inv.name}</Table.Td>
              <Table.Td>{inv.email}</Table.Td>
              <Table.Td>{inv.organizationName}</Table.Td>
              <Table.Td>{t(`roles.${inv.role}`)}</Table.Td>
              <Table.Td>
                <Text size="sm" fw={700} c={STATUS_COLORS[inv.status]} style={{ whiteSpace: 'nowrap' }}>
                  {t(`invitations.statuses.${inv.status}`)}
                </Text>
              </Table.Td>
              <Table.Td>{formatDateTime(inv.expiresAt, i18n.language)}</Table.Td>
              <Table.Td>
                {inv.status === 'pending' && (
                  <Button
                    size="xs"
                    variant="outline"
                    color="red.9"
                    onClick={() => {
                      revoke.reset();
                      setRevoking(inv);
                    }}
                    aria-label={`${t('invitations.revoke')}: ${inv.email}`}
                  >
                    {t('invitations.revoke')}
                  </Button>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </ScrollTable>
      {list.data && <Pager page={page} pageSize={25} total={list.data.total} onChange={setPage} />}
      <AppModal opened={isCreating} onClose={() => setIsCreating(false)} title={t('invitations.createTitle')}>
        {isCreating && (
          <InvitationForm
            onCancel={() => setIsCreating(false)}
            onCreated={(invitation) => {
              setIsCreating(false);
              setCreated(invitation);
            }}
          />
        )}
      </AppModal>
      <AppModal opened={created !== null} onClose={() => setCreated(null)} title={t('invitations.linkTitle')}>
        {created && <InvitationLink invitation={created} onClose={() => setCreated(null)} />}
      </AppModal>
      <ConfirmModal
        opened={revoking !== null}
        title={t('invitations.revoke')}
        message={t('invitations.confirmRevoke', { email: revoking?.email ?? '' })}
        confirmLabel={t('invitations.revoke')}
        isPending={revoke.isPending}
        error={errors.message(revoke.error)}
        onConfirm={handleRevoke}
        onClose={() => setRevoking(null)}
      />
    </Stack>
  );
}
