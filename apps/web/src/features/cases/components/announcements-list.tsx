import { Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../lib/format';
import { useErrorText } from '../../../lib/use-error-text';
import { ErrorAlert } from '../../../ui/error-alert';
import { Pager } from '../../../ui/pager';
import { ScrollTable } from '../../../ui/scroll-table';
import { useAnnouncements } from '../api/public-api';
import { useStatusLabel } from '../lib/status';

const PAGE_SIZE = 20;

/** Pengumuman status laporan: register number, conduct, status, date; nothing about people. */
export function AnnouncementsList() {
  const { t, i18n } = useTranslation();
  const errorText = useErrorText();
  const statusLabel = useStatusLabel();
  const [page, setPage] = useState(1);
  const list = useAnnouncements(page, PAGE_SIZE);
  return (
    <Stack>
      <ErrorAlert message={errorText.message(list.error)} />
      {list.data && list.data.items.length === 0 && <Text>{t('cases.announcements.empty')}</Text>}
      {list.data && list.data.items.length > 0 && (
        <ScrollTable minWidth={640} caption={t('cases.announcements.title')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('cases.registerNumber')}</Table.Th>
              <Table.Th>{t('cases.announcements.conduct')}</Table.Th>
              <Table.Th>{t('cases.region')}</Table.Th>
              <Table.Th>{t('cases.statusLabel')}</Table.Th>
              <Table.Th>{t('cases.when')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {list.data.items.map((a, i) => (
              <Table.Tr key={`${a.registerNumber ?? ''}-${i}`}>
                <Table.Td>{a.registerNumber ?? t('common.none')}</Table.Td>
                <Table.Td>{a.conduct}</Table.Td>
                <Table.Td>{a.regionName ?? t('common.none')}</Table.Td>
                <Table.Td>{statusLabel(a.status)}</Table.Td>
                <Table.Td>{formatDateTime(a.date, i18n.language)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </ScrollTable>
      )}
      {list.data && <Pager page={page} pageSize={PAGE_SIZE} total={list.data.total} onChange={setPage} />}
    </Stack>
  );
}
