import { Anchor, Group, Select, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTime } from '../../../lib/format';
import { useErrorText } from '../../../lib/use-error-text';
import { ErrorAlert } from '../../../ui/error-alert';
import { Pager } from '../../../ui/pager';
import { ScrollTable } from '../../../ui/scroll-table';
import { useCases } from '../api/cases-api';
import { CASE_STATUSES } from '../lib/statuses';
import { URGENCY_COLOR, urgencyOf, useStatusLabel, useTimeLeft } from '../lib/status';

const PAGE_SIZE = 20;

/** Cases in urgency order (the server sorts by the nearest deadline), with status and kind filters. */
export function CaseList() {
  const { t, i18n } = useTranslation();
  const errorText = useErrorText();
  const statusLabel = useStatusLabel();
  const timeLeft = useTimeLeft();
  const [page, setPage] = useState(1);
  const [status, setStatus] = useState<string | null>(null);
  const [kind, setKind] = useState<string | null>(null);
  const list = useCases({ page, pageSize: PAGE_SIZE, status: status ?? undefined, kind: kind ?? undefined });

  return (
    <Stack>
      <Group wrap="wrap" align="flex-end">
        <Select
          label={t('cases.statusLabel')}
          placeholder={t('cases.allStatuses')}
          clearable
          data={CASE_STATUSES.map((s) => ({ value: s, label: statusLabel(s) }))}
          value={status}
          onChange={(v) => {
            setStatus(v);
            setPage(1);
          }}
        />
        <Select
          label={t('cases.kind')}
          placeholder={t('cases.allKinds')}
          clearable
          data={[
            { value: 'laporan', label: t('cases.kinds.laporan') },
            { value: 'temuan', label: t('cases.kinds.temuan') },
          ]}
          value={kind}
          onChange={(v) => {
            setKind(v);
            setPage(1);
          }}
        />
      </Group>
      <ErrorAlert message={errorText.message(list.error)} />
      {list.data && list.data.items.length === 0 && <Text>{t('cases.empty')}</Text>}
      {list.data && list.data.items.length > 0 && (
        <ScrollTable minWidth={760} caption={t('cases.listCaption')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('cases.case')}</Table.Th>
              <Table.Th>{t('cases.kind')}</Table.Th>
              <Table.Th>{t('cases.statusLabel')}</Table.Th>
              <Table.Th>{t('cases.region')}</Table.Th>
              <Table.Th>{t('cases.deadline')}</Table.Th>
              <Table.Th>{t('cases.timeLeft')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {list.data.items.map((c) => {
              const urgency = urgencyOf(c.timeLeftMs);
              return (
                <Table.Tr key={c.id} data-urgency={urgency}>
                  <Table.Td>
                    <Anchor component={Link} to={`/perkara/${c.id}`}>
                      {c.registerNumber ?? c.summary ?? t('cases.unregistered')}
                    </Anchor>
                    {c.registerNumber && c.summary && (
                      <Text size="xs" c="gray.8">
                        {c.summary}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>{t(`cases.kinds.${c.kind}`)}</Table.Td>
                  <Table.Td>{statusLabel(c.status)}</Table.Td>
                  <Table.Td>{c.regionName ?? c.regionCode}</Table.Td>
                  <Table.Td>
                    {c.nextDueAt ? formatDateTime(c.nextDueAt, i18n.language) : t('common.none')}
                  </Table.Td>
                  <Table.Td>
                    <Text
                      size="sm"
                      fw={urgency === 'normal' || urgency === 'none' ? 400 : 700}
                      c={URGENCY_COLOR[urgency]}
                    >
                      {timeLeft(c.timeLeftMs)}
                    </Text>
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </ScrollTable>
      )}
      {list.data && <Pager page={page} pageSize={PAGE_SIZE} total={list.data.total} onChange={setPage} />}
    </Stack>
  );
}
