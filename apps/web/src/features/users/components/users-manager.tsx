import { Badge, Button, CloseButton, Group, Stack, Table, TextInput } from '@mantine/core';
import { AppModal } from '../../../ui/app-modal';
import { useDebouncedValue } from '@mantine/hooks';
import type { MembershipDto, UserDto } from '@netra/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../../../lib/use-error-text';
import { ConfirmModal } from '../../../ui/confirm-modal';
import { ErrorAlert } from '../../../ui/error-alert';
import { Pager } from '../../../ui/pager';
import { ScrollTable } from '../../../ui/scroll-table';
import { SuccessAlert } from '../../../ui/success-alert';
import { useRemoveMembership, useUsers } from '../api/users-api';
import { AddMembershipForm } from './add-membership-form';

const PAGE_SIZE = 25;

export function UsersManager({ canManage }: { canManage: boolean }) {
  const { t } = useTranslation();
  const errors = useErrorText();
  const [page, setPage] = useState(1);
  const [q, setQ] = useState('');
  const [debouncedQ] = useDebouncedValue(q, 300);
  const [adding, setAdding] = useState<UserDto | null>(null);
  const [removing, setRemoving] = useState<MembershipDto | null>(null);
  const [notice, setNotice] = useState<string>();
  const users = useUsers(page, PAGE_SIZE, debouncedQ);
  const remove = useRemoveMembership();
  const membershipLabel = (m: MembershipDto) => ({
    role: t(`roles.${m.role}`),
    organization: m.organizationName,
  });

  const handleRemove = () => {
    if (!removing) return;
    remove.mutate(removing.id, {
      onSuccess: () => {
        setRemoving(null);
        setNotice(t('users.removed'));
      },
    });
  };

  return (
    <Stack>
      <TextInput
        label={t('users.searchLabel')}
        value={q}
        onChange={(e) => {
          setQ(e.currentTarget.value);
          setPage(1);
        }}
        maw={420}
      />
      <SuccessAlert message={notice} onClose={() => setNotice(undefined)} />
      <ErrorAlert message={errors.message(users.error)} />
      <ScrollTable minWidth={760} caption={t('users.title')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('users.name')}</Table.Th>
            <Table.Th>{t('users.email')}</Table.Th>
            <Table.Th>{t('users.twoFactor')}</Table.Th>
            <Table.Th>{t('users.memberships')}</Table.Th>
            {canManage && <Table.Th>{t('common.actions')}</Table.Th>}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {users.data?.items.map((user) => (
            <Table.Tr key={user.id}>
              <Table.Td>{user.name}</Table.Td>
              <Table.Td>{user.email}</Table.Td>
              <Table.Td>{user.twoFactorEnabled ? t('common.yes') : t('common.no')}</Table.Td>
              <Table.Td>
                <Stack gap={4}>
                  {user.memberships.map((m) => (
                    <Group key={m.id} gap={4} wrap="nowrap">
                      <Badge variant="outline" color="blue.9" style={{ textTransform: 'none' }}>
                        {`${t(`roles.${m.role}`)} · ${m.organizationName}`}
                      </Badge>
                      {canManage && (
                        <CloseButton
                          size="sm"
                          aria-label={t('users.removeMembership', membershipLabel(m))}
                          onClick={() => {
                            remove.reset();
                            setRemoving(m);
                          }}
                        />
                      )}
                    </Group>
                  ))}
                </Stack>
              </Table.Td>
              {canManage && (
                <Table.Td>
                  <Button
                    size="xs"
                    variant="outline"
                    onClick={() => setAdding(user)}
                    aria-label={`${t('users.addMembership')}: ${user.name}`}
                  >
                    {t('users.addMembership')}
                  </Button>
                </Table.Td>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </ScrollTable>
      {users.data && <Pager page={page} pageSize={PAGE_SIZE} total={users.data.total} onChange={setPage} />}
      <AppModal
        opened={adding !== null}
        onClose={() => setAdding(null)}
        title={t('users.addTitle', { name: adding?.name ?? '' })}
      >
        {adding && (
          <AddMembershipForm
            user={adding}
            onCancel={() => setAdding(null)}
            onDone={() => {
              setAdding(null);
              setNotice(t('users.added'));
            }}
          />
        )}
      </AppModal>
      <ConfirmModal
        opened={removing !== null}
        title={t('common.remove')}
        message={removing ? t('users.confirmRemove', membershipLabel(removing)) : ''}
        confirmLabel={t('common.remove')}
        isPending={remove.isPending}
        error={errors.message(remove.error)}
        onConfirm={handleRemove}
        onClose={() => setRemoving(null)}
      />
    </Stack>
  );
}
