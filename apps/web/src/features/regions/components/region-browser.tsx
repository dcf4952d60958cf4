import {
  Anchor,
  Breadcrumbs,
  Card,
  Group,
  Loader,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../../../lib/use-error-text';
import { ErrorAlert } from '../../../ui/error-alert';
import { Pager } from '../../../ui/pager';
import { ScrollTable } from '../../../ui/scroll-table';
import { useRegion, useRegionChildren, useRegionSearch } from '../api/regions-api';

const PAGE_SIZE = 25;

type RegionBrowserProps = { code: string; onNavigate: (code: string) => void };

export function RegionBrowser({ code, onNavigate }: RegionBrowserProps) {
  const { t } = useTranslation();
  const errors = useErrorText();
  const [page, setPage] = useState(1);
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, 300);
  const region = useRegion(code);
  const children = useRegionChildren(code, page, PAGE_SIZE);
  const found = useRegionSearch(debounced);

  const handleOpen = (next: string) => {
    setPage(1);
    setSearch('');
    onNavigate(next);
  };
  const link = (target: string, label: string) => (
    <Anchor component="button" type="button" onClick={() => handleOpen(target)}>
      {label}
    </Anchor>
  );
  const trail = region.data ? [...region.data.ancestors, region.data] : [];

  return (
    <Stack>
      <TextInput
        label={t('regions.searchLabel')}
        value={search}
        onChange={(e) => setSearch(e.currentTarget.value)}
        maw={420}
      />
      {debounced.trim().length >= 2 && (
        <Card withBorder>
          <Title order={2} size="h4" mb="xs">
            {t('regions.results')}
          </Title>
          {(found.data ?? []).length === 0 && !found.isFetching ? (
            <Text>{t('regionPicker.nothing')}</Text>
          ) : null}
          <Stack gap={4}>
            {(found.data ?? []).map((r) => (
              <Group key={r.code} gap="xs" wrap="nowrap">
                <Text span ff="monospace" size="sm">
                  {r.code}
                </Text>
                {link(r.code, `${r.kind} ${r.name}`)}
              </Group>
            ))}
          </Stack>
        </Card>
      )}
      <ErrorAlert message={errors.message(region.error ?? children.error)} />
      <nav aria-label={t('regions.breadcrumbs')}>
        <Breadcrumbs separator="›" style={{ flexWrap: 'wrap' }}>
          {code !== 'ID' ? link('ID', t('regions.national')) : null}
          {trail
            .filter((r) => r.code !== 'ID')
            .map((r) =>
              r.code === code ? (
                <Text key={r.code} fw={600} aria-current="page">
                  {r.name}
                </Text>
              ) : (
                <span key={r.code}>{link(r.code, r.name)}</span>
              ),
            )}
          {code === 'ID' ? (
            <Text fw={600} aria-current="page">
              {t('regions.national')}
            </Text>
          ) : null}
        </Breadcrumbs>
      </nav>
      {region.data && (
        <Text size="sm">
          {t('regions.code')}: {region.data.code} · {t('regions.kind')}: {region.data.kind} ·{' '}
          {t('regions.timeZone')}: {region.data.timeZone}
        </Text>
      )}
      <Title order={2} size="h3">
        {t('regions.children')}
      </Title>
      {children.isPending ? (
        <Loader aria-label={t('common.loading')} />
      ) : (children.data?.items ?? []).length === 0 ? (
        <Text>{t('regions.noChildren')}</Text>
      ) : (
        <ScrollTable minWidth={480} caption={t('regions.children')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('regions.code')}</Table.Th>
              <Table.Th>{t('regions.name')}</Table.Th>
              <Table.Th>{t('regions.kind')}</Table.Th>
              <Table.Th>{t('regions.timeZone')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {children.data?.items.map((r) => (
              <Table.Tr key={r.code}>
                <Table.Td ff="monospace">{r.code}</Table.Td>
                <Table.Td>{link(r.code, r.name)}</Table.Td>
                <Table.Td>{r.kind}</Table.Td>
                <Table.Td>{r.timeZone}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </ScrollTable>
      )}
      {children.data && (
        <Pager page={page} pageSize={PAGE_SIZE} total={children.data.total} onChange={setPage} />
      )}
    </Stack>
  );
}
