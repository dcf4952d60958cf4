import { Anchor, Button, Checkbox, Group, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { OUTREACH_TOPICS } from '@netra/contracts';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../../../lib/use-error-text';
import { ErrorAlert } from '../../../ui/error-alert';
import { Pager } from '../../../ui/pager';
import { ScrollTable } from '../../../ui/scroll-table';
import { useCoverage, useCoverageVillages, type CoverageFilters } from '../api/outreach-api';

const isoDay = (offsetDays: number) =>
  new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10);

/** Coverage of a region in a period: area × topic counts, villages by time since, audiences, agencies. */
export function CoverageView({ defaultRegion }: { defaultRegion: string }) {
  const { t } = useTranslation();
  const errors = useErrorText();
  const [draft, setDraft] = useState<CoverageFilters>({
    regionCode: defaultRegion,
    from: isoDay(-90),
    to: isoDay(0),
  });
  const [filters, setFilters] = useState<CoverageFilters>(draft);
  const [page, setPage] = useState(1);
  const [onlyUncovered, setOnlyUncovered] = useState(false);
  const coverage = useCoverage(filters);
  const villages = useCoverageVillages(filters, page, onlyUncovered);
  const query = new URLSearchParams(filters).toString();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setFilters(draft);
    setPage(1);
  };
  const c = coverage.data;
  return (
    <Stack>
      <form onSubmit={submit}>
        <Group align="flex-end">
          <TextInput
            label={t('outreach.coverage.region')}
            value={draft.regionCode}
            onChange={(e) => setDraft({ ...draft, regionCode: e.currentTarget.value.trim() })}
          />
          <TextInput
            type="date"
            label={t('outreach.coverage.from')}
            value={draft.from}
            onChange={(e) => setDraft({ ...draft, from: e.currentTarget.value })}
          />
          <TextInput
            type="date"
            label={t('outreach.coverage.to')}
            value={draft.to}
            onChange={(e) => setDraft({ ...draft, to: e.currentTarget.value })}
          />
          <Button type="submit">{t('outreach.coverage.show')}</Button>
        </Group>
      </form>
      <ErrorAlert message={errors.message(coverage.error)} />
      {c && (
        <>
          <Group justify="space-between">
            <Text fw={500}>
              {c.regionName}:{' '}
              {t('outreach.coverage.totals', {
                activities: c.totals.activities,
                covered: c.totals.villagesCovered,
                villages: c.totals.villages,
              })}
            </Text>
            <Group gap="xs">
              <Anchor href={`/api/outreach/coverage/export.csv?${query}`}>
                {t('outreach.coverage.exportCsv')}
              </Anchor>
              <Anchor href={`/api/outreach/coverage/export.xlsx?${query}`}>
                {t('outreach.coverage.exportXlsx')}
              </Anchor>
            </Group>
          </Group>
          <Title order={2} size="h3">
            {t('outreach.coverage.areaTable')}
          </Title>
          <ScrollTable minWidth={900} caption={t('outreach.coverage.areaTable')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('outreach.coverage.area')}</Table.Th>
                <Table.Th>{t('outreach.coverage.activities')}</Table.Th>
                {OUTREACH_TOPICS.map((topic) => (
                  <Table.Th key={topic}>{t(`outreach.topics.${topic}`)}</Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {c.areas.map((area) => (
                <Table.Tr key={area.code} data-area={area.code}>
                  <Table.Td>{area.name}</Table.Td>
                  <Table.Td>{area.activities}</Table.Td>
                  {OUTREACH_TOPICS.map((topic) => (
                    <Table.Td key={topic}>{area.topics[topic] ?? 0}</Table.Td>
                  ))}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </ScrollTable>
        </>
      )}
      <Title order={2} size="h3">
        {t('outreach.coverage.villagesTitle')}
      </Title>
      <Checkbox
        label={t('outreach.coverage.onlyUncovered')}
        checked={onlyUncovered}
        onChange={(e) => {
          setOnlyUncovered(e.currentTarget.checked);
          setPage(1);
        }}
      />
      {villages.data && (
        <>
          <ScrollTable minWidth={640} caption={t('outreach.coverage.villagesTitle')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('outreach.coverage.village')}</Table.Th>
                <Table.Th>{t('outreach.coverage.district')}</Table.Th>
                <Table.Th>{t('outreach.coverage.activities')}</Table.Th>
                <Table.Th>{t('outreach.coverage.last')}</Table.Th>
                <Table.Th>{t('outreach.coverage.daysSince')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {villages.data.items.map((v) => (
                <Table.Tr key={v.code}>
                  <Table.Td>{v.name}</Table.Td>
                  <Table.Td>{v.districtName}</Table.Td>
                  <Table.Td>{v.activities}</Table.Td>
                  <Table.Td>{v.lastActivityOn ?? t('outreach.coverage.never')}</Table.Td>
                  <Table.Td>{v.daysSinceLast ?? '—'}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </ScrollTable>
          <Pager
            page={page}
            pageSize={villages.data.pageSize}
            total={villages.data.total}
            onChange={setPage}
          />
        </>
      )}
      {c && (
        <Group align="flex-start" grow>
          <Stack gap={4}>
            <Title order={2} size="h3">
              {t('outreach.coverage.audiencesTitle')}
            </Title>
            {c.audiences.map((a) => (
              <Text key={a.id} size="sm" c={a.activities === 0 ? 'red.8' : undefined}>
                {a.name}: {a.activities === 0 ? t('outreach.coverage.none') : a.activities}
              </Text>
            ))}
          </Stack>
          <Stack gap={4}>
            <Title order={2} size="h3">
              {t('outreach.coverage.agenciesTitle')}
            </Title>
            {c.agencies.map((a) => (
              <Text key={a.id} size="sm" c={a.activities === 0 ? 'red.8' : undefined}>
                {a.name}: {a.activities === 0 ? t('outreach.coverage.none') : a.activities}
              </Text>
            ))}
          </Stack>
        </Group>
      )}
    </Stack>
  );
}
