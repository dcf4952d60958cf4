import { Anchor, Button, Group, Select, Stack, Table, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { formatDateTime } from '../../../lib/format';
import { useErrorText } from '../../../lib/use-error-text';
import { ErrorAlert } from '../../../ui/error-alert';
import { Pager } from '../../../ui/pager';
import { ScrollTable } from '../../../ui/scroll-table';
import { useCases, type CaseListFilters } from '../api/cases-api';
import { CaseExportButtons } from './case-export-buttons';
import { CASE_STATUSES } from '../lib/statuses';
import { URGENCY_COLOR, urgencyOf, useStatusLabel, useTimeLeft } from '../lib/status';

const PAGE_SIZE = 20;
const REGION_CODE = /^(ID|\d{2}(\.\d{2}(\.\d{2}(\.\d{4})?)?)?)$/;
const DUE_OPTIONS = ['overdue', '3', '7', '30'] as const;
type FilterKey = 'q' | 'status' | 'kind' | 'regionCode' | 'due' | 'agency';

/**
 * Cases in urgency order (the server sorts by the nearest deadline), with full-text search and
 * filters. Filters and page live in the URL query string, so a filtered list can be bookmarked,
 * shared, and survives a reload or the back button.
 */
export function CaseList() {
  const { t, i18n } = useTranslation();
  const errorText = useErrorText();
  const statusLabel = useStatusLabel();
  const timeLeft = useTimeLeft();
  const [params, setParams] = useSearchParams();
  const read = (key: FilterKey) => params.get(key) || undefined;
  const page = Math.max(1, Number(params.get('page')) || 1);
  const filters: CaseListFilters = {
    q: read('q'),
    status: read('status'),
    kind: read('kind'),
    regionCode: read('regionCode'),
    due: read('due'),
    agency: read('agency'),
  };
  // Typed text goes to the URL (and the server) only after a pause.
  const [q, setQ] = useState(filters.q ?? '');
  const [agency, setAgency] = useState(filters.agency ?? '');
  const [regionCode, setRegionCode] = useState(filters.regionCode ?? '');
  const [debounced] = useDebouncedValue({ q, agency, regionCode }, 400);
  const regionValid = regionCode.trim() === '' || REGION_CODE.test(regionCode.trim());

  const update = (changes: Partial<Record<FilterKey | 'page', string | null>>) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        for (const [key, value] of Object.entries(changes))
          if (value) next.set(key, value);
          else next.delete(key);
        if (!('page' in changes)) next.delete('page');
        return next;
      },
      { replace: true },
    );

  useEffect(() => {
    const trimmed = {
      q: debounced.q.trim(),
      agency: debounced.agency.trim(),
      regionCode: debounced.regionCode.trim(),
    };
    const regionOk = trimmed.regionCode === '' || REGION_CODE.test(trimmed.regionCode);
    // The agency filter needs two letters (as the server does); a shorter text is not sent yet.
    const agencyOk = trimmed.agency.length !== 1;
    if (
      trimmed.q === (params.get('q') ?? '') &&
      (!agencyOk || trimmed.agency === (params.get('agency') ?? '')) &&
      (!regionOk || trimmed.regionCode === (params.get('regionCode') ?? ''))
    )
      return;
    update({
      q: trimmed.q,
      ...(agencyOk ? { agency: trimmed.agency } : {}),
      ...(regionOk ? { regionCode: trimmed.regionCode } : {}),
    });
    // Only typed text drives this effect; the URL is read, not watched.
  }, [debounced]);

  const list = useCases({ ...filters, page, pageSize: PAGE_SIZE });
  const anyFilter = Object.values(filters).some(Boolean);

  return (
    <Stack>
      <TextInput
        label={t('cases.search')}
        placeholder={t('cases.searchPlaceholder')}
        type="search"
        value={q}
        onChange={(e) => setQ(e.currentTarget.value)}
      />
      <Group wrap="wrap" align="flex-end">
        <Select
          label={t('cases.statusLabel')}
          placeholder={t('cases.allStatuses')}
          clearable
          data={CASE_STATUSES.map((s) => ({ value: s, label: statusLabel(s) }))}
          value={filters.status ?? null}
          onChange={(v) => update({ status: v })}
        />
        <Select
          label={t('cases.kind')}
          placeholder={t('cases.allKinds')}
          clearable
          data={[
            { value: 'laporan', label: t('cases.kinds.laporan') },
            { value: 'temuan', label: t('cases.kinds.temuan') },
          ]}
          value={filters.kind ?? null}
          onChange={(v) => update({ kind: v })}
        />
        <Select
          label={t('cases.due')}
          placeholder={t('cases.allDue')}
          clearable
          data={DUE_OPTIONS.map((d) => ({ value: d, label: t(`cases.dueOptions.${d}`) }))}
          value={filters.due ?? null}
          onChange={(v) => update({ due: v })}
        />
        <TextInput
          label={t('cases.regionCode')}
          placeholder={t('cases.regionCodePlaceholder')}
          value={regionCode}
          error={regionValid ? undefined : t('cases.regionCodeInvalid')}
          onChange={(e) => setRegionCode(e.currentTarget.value)}
        />
        <TextInput
          label={t('cases.agency')}
          placeholder={t('cases.agencyPlaceholder')}
          value={agency}
          onChange={(e) => setAgency(e.currentTarget.value)}
        />
        {anyFilter && (
          <Button
            variant="subtle"
            onClick={() => {
              setQ('');
              setAgency('');
              setRegionCode('');
              setParams({}, { replace: true });
            }}
          >
            {t('cases.clearFilters')}
          </Button>
        )}
      </Group>
      <CaseExportButtons filters={filters} />
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
      {list.data && (
        <Pager
          page={page}
          pageSize={PAGE_SIZE}
          total={list.data.total}
          onChange={(p) => update({ page: p > 1 ? String(p) : null })}
        />
      )}
    </Stack>
  );
}
