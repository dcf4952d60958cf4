import { Alert, Button, Card, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../../../lib/use-error-text';
import { useAsnRecord, useShowAccounts } from '../api/registry-api';

/** One ASN record; its social-media accounts only on request (each view is audited). */
export function AsnRecordView({ id }: { id: string }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const record = useAsnRecord(id);
  const accounts = useShowAccounts(id);
  if (record.error) return <Alert color="red">{errorText.message(record.error)}</Alert>;
  const r = record.data;
  if (!r) return null;
  const rows: [string, string | null][] = [
    [t('registry.search.nip'), r.nip],
    [t('registry.search.type'), r.asnType],
    [t('registry.search.agencyCol'), r.agencyName],
    [t('registry.record.unit'), r.unit],
    [t('registry.search.position'), r.position],
    [t('registry.record.rank'), r.rank],
    [t('registry.search.region'), r.regionName ?? r.regionCode],
    [t('registry.record.gender'), r.gender],
    [t('registry.record.birthDate'), r.birthDate],
  ];
  return (
    <Stack>
      <Card withBorder>
        <Title order={2} size="h4">
          {r.fullName}
        </Title>
        <Table>
          <Table.Tbody>
            {rows.map(([label, value]) => (
              <Table.Tr key={label}>
                <Table.Th w={220}>{label}</Table.Th>
                <Table.Td>{value ?? '—'}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Card>
      <Card withBorder>
        <Stack>
          <Title order={2} size="h4">
            {t('registry.record.accounts')}
          </Title>
          <Text size="sm">{t('registry.record.accountsAudited')}</Text>
          {!accounts.data && (
            <Button w="fit-content" loading={accounts.isPending} onClick={() => accounts.mutate()}>
              {t('registry.record.showAccounts')}
            </Button>
          )}
          {accounts.error && <Alert color="red">{errorText.message(accounts.error)}</Alert>}
          {accounts.data && accounts.data.length === 0 && <Text>{t('registry.record.noAccounts')}</Text>}
          {accounts.data && accounts.data.length > 0 && (
            <Table striped aria-label={t('registry.record.accounts')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('registry.record.platform')}</Table.Th>
                  <Table.Th>{t('registry.record.handle')}</Table.Th>
                  <Table.Th>{t('registry.record.source')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {accounts.data.map((a) => (
                  <Table.Tr key={a.id}>
                    <Table.Td>{a.platform}</Table.Td>
                    <Table.Td>@{a.handle}</Table.Td>
                    <Table.Td>{t(`registry.record.sources.${a.source}`)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
        </Stack>
      </Card>
    </Stack>
  );
}
