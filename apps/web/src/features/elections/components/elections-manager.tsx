import { Button, Center, Loader, Stack, Table } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../../../lib/use-error-text';
import { ErrorAlert } from '../../../ui/error-alert';
import { ScrollTable } from '../../../ui/scroll-table';
import { useElections } from '../api/elections-api';
import { ElectionForm } from './election-form';

/** The stored elections; one at a time is opened for editing below the list. */
export function ElectionsManager() {
  const { t } = useTranslation();
  const errors = useErrorText();
  const elections = useElections();
  const [editingId, setEditingId] = useState<string | null>(null);
  if (elections.isPending) {
    return (
      <Center p="lg">
        <Loader aria-label={t('common.loading')} />
      </Center>
    );
  }
  if (elections.isError) return <ErrorAlert message={errors.message(elections.error)} />;
  const editing = elections.data.find((e) => e.id === editingId);
  return (
    <Stack>
      <ScrollTable minWidth={640} caption={t('elections.listTitle')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('elections.name')}</Table.Th>
            <Table.Th>{t('elections.region')}</Table.Th>
            <Table.Th>{t('elections.profile')}</Table.Th>
            <Table.Th>{t('elections.stageCount')}</Table.Th>
            <Table.Th>{t('common.actions')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {elections.data.length === 0 && (
            <Table.Tr>
              <Table.Td colSpan={5}>{t('common.empty')}</Table.Td>
            </Table.Tr>
          )}
          {elections.data.map((election) => (
            <Table.Tr key={election.id}>
              <Table.Td>{election.name}</Table.Td>
              <Table.Td>{election.regionCode}</Table.Td>
              <Table.Td>{election.profileId}</Table.Td>
              <Table.Td>{election.stages.length}</Table.Td>
              <Table.Td>
                <Button
                  size="xs"
                  variant="outline"
                  onClick={() => setEditingId(election.id)}
                  aria-label={`${t('common.edit')}: ${election.name}`}
                  aria-pressed={editingId === election.id}
                >
                  {t('common.edit')}
                </Button>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </ScrollTable>
      {/* Keyed by id: switching elections starts a fresh draft; a save keeps what was typed. */}
      {editing && <ElectionForm key={editing.id} election={editing} />}
    </Stack>
  );
}
