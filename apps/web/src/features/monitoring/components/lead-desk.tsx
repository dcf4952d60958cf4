import { Anchor, Badge, Button, Group, Select, Stack, Table, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LEAD_STATUSES } from '@netra/contracts';
import { formatDateTime } from '../../../lib/format';
import { useErrorText } from '../../../lib/use-error-text';
import { ErrorAlert } from '../../../ui/error-alert';
import { Pager } from '../../../ui/pager';
import { ScrollTable } from '../../../ui/scroll-table';
import { useLeads, type LeadFilters } from '../api/monitoring-api';

const PAGE_SIZE = 25;
type FilterFields = Omit<LeadFilters, 'page' | 'pageSize'>;
const TEXT_FIELDS = ['regionCode', 'agency', 'candidateId', 'ruleId'] as const;
const LABEL_KEYS: Record<(typeof TEXT_FIELDS)[number], string> = {
  regionCode: 'monitoring.desk.region',
  agency: 'monitoring.desk.agency',
  candidateId: 'monitoring.desk.candidate',
  ruleId: 'monitoring.desk.rule',
};

export const STATUS_COLOR: Record<string, string> = {
  open: 'blue.9',
  confirmed: 'teal.9',
  rejected: 'gray.8',
  dismissed: 'gray.8',
  promoted: 'grape.9',
};

/** Leads ranked by score (the server sorts), with the desk's filters; open leads first by default. */
export function LeadDesk() {
  const { t, i18n } = useTranslation();
  const errorText = useErrorText();
  const [draft, setDraft] = useState<FilterFields>({ status: 'open' });
  const [filters, setFilters] = useState<FilterFields>({ status: 'open' });
  const [page, setPage] = useState(1);
  const list = useLeads({ ...filters, page, pageSize: PAGE_SIZE });
  const set = (key: keyof FilterFields, value: string | null) =>
    setDraft((d) => ({ ...d, [key]: value || undefined }));
  const apply = (event: FormEvent) => {
    event.preventDefault();
    setFilters(draft);
    setPage(1);
  };

  return (
    <Stack>
      <form onSubmit={apply} aria-label={t('monitoring.desk.filters')}>
        <Group wrap="wrap" align="flex-end" gap="sm">
          {TEXT_FIELDS.map((key) => (
            <TextInput
              key={key}
              label={t(LABEL_KEYS[key])}
              value={draft[key] ?? ''}
              onChange={(e) => set(key, e.currentTarget.value)}
              w={170}
            />
          ))}
          <Select
            label={t('monitoring.desk.band')}
            placeholder={t('monitoring.desk.allBands')}
            clearable
            data={['auto_flag', 'review', 'none'].map((b) => ({
              value: b,
              label: t(`monitoring.bands.${b}`),
            }))}
            value={draft.band ?? null}
            onChange={(v) => set('band', v)}
            w={170}
          />
          <Select
            label={t('monitoring.desk.status')}
            placeholder={t('monitoring.desk.allStatuses')}
            clearable
            data={LEAD_STATUSES.map((s) => ({ value: s, label: t(`monitoring.statuses.${s}`) }))}
            value={draft.status ?? null}
            onChange={(v) => set('status', v)}
            w={190}
          />
          <TextInput
            type="date"
            label={t('monitoring.desk.from')}
            value={draft.from ?? ''}
            onChange={(e) => set('from', e.currentTarget.value)}
          />
          <TextInput
            type="date"
            label={t('monitoring.desk.to')}
            value={draft.to ?? ''}
            onChange={(e) => set('to', e.currentTarget.value)}
          />
          <Button type="submit">{t('monitoring.desk.apply')}</Button>
          <Button
            variant="subtle"
            onClick={() => {
              setDraft({});
              setFilters({});
              setPage(1);
            }}
          >
            {t('monitoring.desk.reset')}
          </Button>
        </Group>
      </form>
      <ErrorAlert message={errorText.message(list.error)} />
      {list.data && list.data.items.length === 0 && <Text>{t('monitoring.desk.empty')}</Text>}
      {list.data && list.data.items.length > 0 && (
        <ScrollTable minWidth={860} caption={t('monitoring.desk.caption')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('monitoring.desk.score')}</Table.Th>
              <Table.Th>{t('monitoring.desk.lead')}</Table.Th>
              <Table.Th>{t('monitoring.desk.asn')}</Table.Th>
              <Table.Th>{t('monitoring.lead.candidate')}</Table.Th>
              <Table.Th>{t('monitoring.desk.band')}</Table.Th>
              <Table.Th>{t('monitoring.desk.status')}</Table.Th>
              <Table.Th>{t('monitoring.desk.when')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {list.data.items.map((lead) => (
              <Table.Tr key={lead.id} data-testid="lead-row">
                <Table.Td>
                  <Text fw={700}>{lead.score.toFixed(2)}</Text>
                </Table.Td>
                <Table.Td>
                  <Anchor component={Link} to={`/pemantauan/prospek/${lead.id}`}>
                    {lead.platform} @{lead.accountHandle}
                  </Anchor>
                  <Text size="xs" c="gray.8">
                    {t(`monitoring.kinds.${lead.kind}`)}
                  </Text>
                </Table.Td>
                <Table.Td>
                  {lead.asn ? (
                    <>
                      <Text size="sm">{lead.asn.fullName}</Text>
                      <Text size="xs" c="gray.8">
                        {lead.asn.agencyName}
                      </Text>
                    </>
                  ) : (
                    t('common.none')
                  )}
                </Table.Td>
                <Table.Td>
                  {lead.candidate
                    ? `${lead.candidate.ballotNumber}. ${lead.candidate.name}`
                    : t('common.none')}
                </Table.Td>
                <Table.Td>{t(`monitoring.bands.${lead.band ?? 'none'}`)}</Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  <Badge color={STATUS_COLOR[lead.status]} variant="filled">
                    {t(`monitoring.statuses.${lead.status}`)}
                  </Badge>
                </Table.Td>
                <Table.Td>{formatDateTime(lead.occurredAt, i18n.language)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </ScrollTable>
      )}
      {list.data && <Pager page={page} pageSize={PAGE_SIZE} total={list.data.total} onChange={setPage} />}
    </Stack>
  );
}
