import { Button, Group, Select, Stack, Table, TextInput } from '@mantine/core';
import { AppModal } from '../../../ui/app-modal';
import { useDebouncedValue } from '@mantine/hooks';
import type { Organization } from '@netra/contracts';
import { ORGANIZATION_TYPES, type OrganizationType } from '@netra/contracts/roles';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../../../lib/use-error-text';
import { ConfirmModal } from '../../../ui/confirm-modal';
import { ErrorAlert } from '../../../ui/error-alert';
import { Pager } from '../../../ui/pager';
import { ScrollTable } from '../../../ui/scroll-table';
import { SuccessAlert } from '../../../ui/success-alert';
import { useDeleteOrganization, useOrganizations } from '../api/organizations-api';
import { OrganizationForm } from './organization-form';

const PAGE_SIZE = 25;

export function OrganizationsManager({ canCreate }: { canCreate: boolean }) {
  const { t } = useTranslation();
  const errors = useErrorText();
  const [page, setPage] = useState(1);
  const [q, setQ] = useState('');
  const [type, setType] = useState<OrganizationType | null>(null);
  const [debouncedQ] = useDebouncedValue(q, 300);
  const [editing, setEditing] = useState<Organization | 'new' | null>(null);
  const [deleting, setDeleting] = useState<Organization | null>(null);
  const [notice, setNotice] = useState<string>();
  const list = useOrganizations({ page, pageSize: PAGE_SIZE, q: debouncedQ, type });
  const remove = useDeleteOrganization();

  const handleDone = (message: string) => {
    setEditing(null);
    setNotice(message);
  };
  const handleDelete = () => {
    if (!deleting) return;
    remove.mutate(deleting.id, {
      onSuccess: () => {
        setDeleting(null);
        setNotice(t('orgs.deleted'));
      },
    });
  };

  return (
    <Stack>
      <Group align="flex-end" wrap="wrap">
        <TextInput
          label={t('orgs.searchLabel')}
          value={q}
          onChange={(e) => {
            setQ(e.currentTarget.value);
            setPage(1);
          }}
          w={{ base: '100%', sm: 280 }}
        />
        <Select
          label={t('orgs.typeFilter')}
          placeholder={t('orgs.allTypes')}
          data={ORGANIZATION_TYPES.map((value) => ({ value, label: t(`orgTypes.${value}`) }))}
          value={type}
          clearable
          onChange={(value) => {
            setType(value);
            setPage(1);
          }}
          w={{ base: '100%', sm: 240 }}
        />
        {canCreate && <Button onClick={() => setEditing('new')}>{t('orgs.create')}</Button>}
      </Group>
      <SuccessAlert message={notice} onClose={() => setNotice(undefined)} />
      <ErrorAlert message={errors.message(list.error)} />
      <ScrollTable minWidth={760} caption={t('orgs.title')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('orgs.name')}</Table.Th>
            <Table.Th>{t('orgs.type')}</Table.Th>
            <Table.Th>{t('orgs.region')}</Table.Th>
            <Table.Th>{t('orgs.parent')}</Table.Th>
            <Table.Th>{t('orgs.members')}</Table.Th>
            <Table.Th>{t('common.actions')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {list.data?.items.map((org) => (
            <Table.Tr key={org.id}>
              <Table.Td>{org.name}</Table.Td>
              <Table.Td>{t(`orgTypes.${org.type}`)}</Table.Td>
              <Table.Td>{`${org.regionName} (${org.regionCode})`}</Table.Td>
              <Table.Td>{org.parentName ?? t('common.none')}</Table.Td>
              <Table.Td>{org.memberCount}</Table.Td>
              <Table.Td>
                {org.abilities.canManage && (
                  <Group gap={4} wrap="nowrap">
                    <Button
                      size="xs"
                      variant="outline"
                      onClick={() => setEditing(org)}
                      aria-label={`${t('common.edit')}: ${org.name}`}
                    >
                      {t('common.edit')}
                    </Button>
                    <Button
                      size="xs"
                      variant="outline"
                      color="red.9"
                      onClick={() => {
                        remove.reset();
                        setDeleting(org);
                      }}
                      aria-label={`${t('common.delete')}: ${org.name}`}
                    >
                      {t('common.delete')}
                    </Button>
                  </Group>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </ScrollTable>
      {list.data && <Pager page={page} pageSize={PAGE_SIZE} total={list.data.total} onChange={setPage} />}
      <AppModal
        opened={editing !== null}
        onClose={() => setEditing(null)}
        title={editing === 'new' ? t('orgs.createTitle') : t('orgs.editTitle')}
      >
        {editing !== null && (
          <OrganizationForm
            organization={editing === 'new' ? undefined : editing}
            onDone={handleDone}
            onCancel={() => setEditing(null)}
          />
        )}
      </AppModal>
      <ConfirmModal
        opened={deleting !== null}
        title={t('common.delete')}
        message={t('orgs.confirmDelete', { name: deleting?.name ?? '' })}
        confirmLabel={t('common.delete')}
        isPending={remove.isPending}
        error={errors.message(remove.error)}
        onConfirm={handleDelete}
        onClose={() => setDeleting(null)}
      />
    </Stack>
  );
}
