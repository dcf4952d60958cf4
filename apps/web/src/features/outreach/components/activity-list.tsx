import { Anchor, Badge, Select, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useErrorText } from '../../../lib/use-error-text';
import { ErrorAlert } from '../../../ui/error-alert';
import { Pager } from '../../../ui/pager';
import { ScrollTable } from '../../../ui/scroll-table';
import { useActivities } from '../api/outreach-api';
import { localTimeText } from './local-time';

/** Activities in the actor's area, newest first, paginated. */
export function ActivityList() {
  const { t, i18n } = useTranslation();
  const errors = useErrorText();
  const [page, setPage] = useState(1);
  const [status, setStatus] = useState<string | null>('');
  const activities = useActivities({ page, pageSize: 25, status: status ?? '' });
  const data = activities.data;
  return (
    <Stack>
      <Select
        label={t('outreach.statusFilter')}
        w={220}
        allowDeselect={false}
        data={[
          { value: '', label: t('outreach.all') },
          { value: 'planned', label: t('outreach.statuses.planned') },
          { value: 'done', label: t('outreach.statuses.done') },
        ]}
        value={status}
        onChange={(value) => {
          setStatus(value);
          setPage(1);
        }}
      />
      <ErrorAlert message={errors.message(activities.error)} />
      {data && data.items.length === 0 && <Text>{t('outreach.empty')}</Text>}
      {data && data.items.length > 0 && (
        <ScrollTable minWidth={760} caption={t('outreach.listTitle')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('outreach.columns.when')}</Table.Th>
              <Table.Th>{t('outreach.columns.title')}</Table.Th>
              <Table.Th>{t('outreach.columns.kind')}</Table.Th>
              <Table.Th>{t('outreach.columns.place')}</Table.Th>
              <Table.Th>{t('outreach.columns.organizer')}</Table.Th>
              <Table.Th>{t('outreach.columns.status')}</Table.Th>
              <Table.Th>{t('outreach.columns.photos')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {data.items.map((a) => (
              <Table.Tr key={a.id}>
                <Table.Td>{localTimeText(a.localStart, a.timeZone, i18n.language)}</Table.Td>
                <Table.Td>
                  <Anchor component={Link} to={`/pencegahan/kegiatan/${a.id}`}>
                    {a.title}
                  </Anchor>
                </Table.Td>
                <Table.Td>{t(`outreach.kinds.${a.kind}`)}</Table.Td>
                <Table.Td>
                  {a.villageName}, {a.districtName}
                </Table.Td>
                <Table.Td>{a.organizerName}</Table.Td>
                <Table.Td>
                  <Badge color={a.status === 'done' ? '#1b5e20' : 'blue.9'} variant="outline">
                    {t(`outreach.statuses.${a.status}`)}
                  </Badge>
                </Table.Td>
                <Table.Td>{a.photoCount}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </ScrollTable>
      )}
      {data && <Pager page={page} pageSize={data.pageSize} total={data.total} onChange={setPage} />}
    </Stack>
  );
}
