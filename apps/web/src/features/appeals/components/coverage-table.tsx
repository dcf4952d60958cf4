import { Anchor, Button, Group, SegmentedControl, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../../../lib/use-error-text';
import { ErrorAlert } from '../../../ui/error-alert';
import { Pager } from '../../../ui/pager';
import { ScrollTable } from '../../../ui/scroll-table';
import { SuccessAlert } from '../../../ui/success-alert';
import { useCoverage, useRemindNow } from '../api/appeals-api';

const cell = (count: number, percent: number) => `${count} (${percent}%)`;

/** Sent / opened / acknowledged / pledged per agency or region, with exports and reminders. */
export function CoverageTable({ appealId, canManage }: { appealId: string; canManage: boolean }) {
  const { t } = useTranslation();
  const errors = useErrorText();
  const [by, setBy] = useState<'agency' | 'region'>('agency');
  const [page, setPage] = useState(1);
  const coverage = useCoverage(appealId, { by, page, pageSize: 25 });
  const remind = useRemindNow(appealId);
  const data = coverage.data;
  return (
    <Stack>
      <Group justify="space-between" wrap="wrap">
        <SegmentedControl
          value={by}
          onChange={(v) => {
            setBy(v);
            setPage(1);
          }}
          data={[
            { value: 'agency', label: t('appeals.coverage.byAgency') },
            { value: 'region', label: t('appeals.coverage.byRegion') },
          ]}
        />
        <Group gap="xs">
          <Anchor href={`/api/appeals/${appealId}/coverage.xlsx?by=${by}`} download>
            {t('appeals.coverage.exportXlsx')}
          </Anchor>
          <Anchor href={`/api/appeals/${appealId}/coverage.csv?by=${by}`} download>
            {t('appeals.coverage.exportCsv')}
          </Anchor>
          {canManage && (
            <Anchor href={`/api/appeals/${appealId}/targets.xlsx`} download>
              {t('appeals.coverage.exportPeople')}
            </Anchor>
          )}
        </Group>
      </Group>
      {data && data.totals.sent === 0 && <Text>{t('appeals.coverage.empty')}</Text>}
      {data && data.totals.sent > 0 && (
        <ScrollTable minWidth={640} caption={t('appeals.coverage.title')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>
                {t(by === 'agency' ? 'appeals.coverage.agency' : 'appeals.coverage.region')}
              </Table.Th>
              <Table.Th>{t('appeals.coverage.sent')}</Table.Th>
              <Table.Th>{t('appeals.coverage.opened')}</Table.Th>
              <Table.Th>{t('appeals.coverage.acknowledged')}</Table.Th>
              <Table.Th>{t('appeals.coverage.pledged')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {data.items.map((r) => (
              <Table.Tr key={r.key ?? r.name}>
                <Table.Td>{r.name}</Table.Td>
                <Table.Td>{r.sent}</Table.Td>
                <Table.Td>{cell(r.opened, r.openedPercent)}</Table.Td>
                <Table.Td>{cell(r.acknowledged, r.acknowledgedPercent)}</Table.Td>
                <Table.Td>{cell(r.pledged, r.pledgedPercent)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
          <Table.Tfoot>
            <Table.Tr>
              <Table.Th>{t('appeals.coverage.total')}</Table.Th>
              <Table.Th>{data.totals.sent}</Table.Th>
              <Table.Th>{cell(data.totals.opened, data.totals.openedPercent)}</Table.Th>
              <Table.Th>{cell(data.totals.acknowledged, data.totals.acknowledgedPercent)}</Table.Th>
              <Table.Th>{cell(data.totals.pledged, data.totals.pledgedPercent)}</Table.Th>
            </Table.Tr>
          </Table.Tfoot>
        </ScrollTable>
      )}
      {data && <Pager page={page} pageSize={25} total={data.total} onChange={setPage} />}
      {canManage && data && data.totals.sent > 0 && (
        <Group>
          <Button variant="light" loading={remind.isPending} onClick={() => remind.mutate()}>
            {t('appeals.coverage.remindNow')}
          </Button>
        </Group>
      )}
      <ErrorAlert message={errors.message(remind.error)} />
      {remind.data && (
        <SuccessAlert message={t('appeals.coverage.reminded', { count: remind.data.agenciesReminded })} />
      )}
    </Stack>
  );
}
