import { Anchor, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../../lib/i18n';
import { useImportErrors } from '../api/registry-api';

/** The per-row error report of an import run, with the CSV download. */
export function ImportErrorsTable({ base, importId }: { base: string; importId: string }) {
  const { t, i18n } = useTranslation();
  const en = currentLanguage(i18n.language) === 'en';
  const errors = useImportErrors(base, importId);
  if (!errors.data) return null;
  return (
    <Stack gap="xs">
      <Title order={3} size="h5">
        {t('registry.upload.errorsTitle')}
      </Title>
      {errors.data.length === 0 ? (
        <Text size="sm">{t('registry.upload.noErrors')}</Text>
      ) : (
        <>
          <Table striped withTableBorder aria-label={t('registry.upload.errorsTitle')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('registry.upload.row')}</Table.Th>
                <Table.Th>{t('registry.upload.column')}</Table.Th>
                <Table.Th>{t('registry.upload.reason')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {errors.data.map((e, i) => (
                <Table.Tr key={`${e.rowNumber}-${i}`}>
                  <Table.Td>{e.rowNumber}</Table.Td>
                  <Table.Td>{e.columnName ?? '—'}</Table.Td>
                  <Table.Td>{en ? e.messageEn : e.messageId}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          <Anchor href={`${base}/${importId}/errors.csv`} download>
            {t('registry.upload.errorsCsv')}
          </Anchor>
        </>
      )}
    </Stack>
  );
}
