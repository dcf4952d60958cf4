import { Anchor, Button, Card, Group, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Pager } from '../../../ui/pager';
import { useAsnSearch, type AsnFilters } from '../api/registry-api';

/** Search by name (titles ignored), NIP or agency; paginated. */
export function AsnSearch() {
  const { t } = useTranslation();
  const [q, setQ] = useState('');
  const [agency, setAgency] = useState('');
  const [filters, setFilters] = useState<AsnFilters>({ page: 1, pageSize: 25 });
  const result = useAsnSearch(filters);
  return (
    <Card withBorder>
      <Stack>
        <Title order={2} size="h4">
          {t('registry.search.title')}
        </Title>
        <form
          onSubmit={(e) => {
            e.preventDefault();
            setFilters({ page: 1, pageSize: 25, q: q || undefined, agency: agency || undefined });
          }}
        >
          <Group align="end">
            <TextInput
              label={t('registry.search.query')}
              value={q}
              onChange={(e) => setQ(e.currentTarget.value)}
            />
            <TextInput
              label={t('registry.search.agency')}
              value={agency}
              onChange={(e) => setAgency(e.currentTarget.value)}
            />
            <Button type="submit">{t('registry.search.submit')}</Button>
          </Group>
        </form>
        {result.data && result.data.items.length === 0 && <Text>{t('registry.search.none')}</Text>}
        {result.data && result.data.items.length > 0 && (
          <>
            <Table striped withTableBorder aria-label={t('registry.search.title')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('registry.search.name')}</Table.Th>
                  <Table.Th>{t('registry.search.nip')}</Table.Th>
                  <Table.Th>{t('registry.search.type')}</Table.Th>
                  <Table.Th>{t('registry.search.agencyCol')}</Table.Th>
                  <Table.Th>{t('registry.search.position')}</Table.Th>
                  <Table.Th>{t('registry.search.region')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {result.data.items.map((a) => (
                  <Table.Tr key={a.id}>
                    <Table.Td>
                      <Anchor component={Link} to={`/pemantauan/registri/${a.id}`}>
                        {a.fullName}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>{a.nip}</Table.Td>
                    <Table.Td>{a.asnType}</Table.Td>
                    <Table.Td>{a.agencyName}</Table.Td>
                    <Table.Td>{a.position ?? '—'}</Table.Td>
                    <Table.Td>{a.regionName ?? a.regionCode}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
            <Pager
              page={filters.page}
              pageSize={filters.pageSize}
              total={result.data.total}
              onChange={(page) => setFilters({ ...filters, page })}
            />
          </>
        )}
      </Stack>
    </Card>
  );
}
