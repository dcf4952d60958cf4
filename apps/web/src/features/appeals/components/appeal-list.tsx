import { Anchor, Badge, Select, Stack, Table, Text } from '@mantine/core';
import { APPEAL_STATUSES } from '@netra/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Pager } from '../../../ui/pager';
import { ScrollTable } from '../../../ui/scroll-table';
import { useAppeals } from '../api/appeals-api';

// Dark shades with the outline variant: readable text on white (axe contrast).
export const STATUS_COLORS = {
  draft: 'gray.8',
  submitted: 'yellow.9',
  returned: 'orange.9',
  approved: 'teal.9',
  issued: 'blue.9',
};

export function AppealList() {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  const [status, setStatus] = useState<string | null>(null);
  const appeals = useAppeals({ page, pageSize: 25, status: status ?? undefined });
  return (
    <Stack>
      <Select
        label={t('appeals.statusFilter')}
        w={260}
        clearable
        placeholder={t('appeals.allStatuses')}
        value={status}
        onChange={(v) => {
          setStatus(v);
          setPage(1);
        }}
        data={APPEAL_STATUSES.map((s) => ({ value: s, label: t(`appeals.status.${s}`) }))}
      />
      {appeals.data && appeals.data.items.length === 0 && <Text>{t('appeals.noAppeals')}</Text>}
      {appeals.data && appeals.data.items.length > 0 && (
        <ScrollTable minWidth={640} caption={t('appeals.listCaption')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('appeals.fields.number')}</Table.Th>
              <Table.Th>{t('appeals.fields.subject')}</Table.Th>
              <Table.Th>{t('appeals.fields.letterDate')}</Table.Th>
              <Table.Th>{t('appeals.statusFilter')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {appeals.data.items.map((a) => (
              <Table.Tr key={a.id}>
                <Table.Td>
                  <Anchor component={Link} to={`/pencegahan/imbauan/${a.id}`}>
                    {a.number}
                  </Anchor>
                </Table.Td>
                <Table.Td>{a.subject}</Table.Td>
                <Table.Td>{a.letterDate}</Table.Td>
                <Table.Td>
                  <Badge color={STATUS_COLORS[a.status]} variant="outline">
                    {t(`appeals.status.${a.status}`)}
                  </Badge>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </ScrollTable>
      )}
      {appeals.data && <Pager page={page} pageSize={25} total={appeals.data.total} onChange={setPage} />}
    </Stack>
  );
}
