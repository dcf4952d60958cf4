import { Button, FileInput, Stack, Table, Text } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useBilingual } from '../../../lib/use-bilingual';
import { useErrorText } from '../../../lib/use-error-text';
import { ErrorAlert } from '../../../ui/error-alert';
import { ScrollTable } from '../../../ui/scroll-table';
import { SuccessAlert } from '../../../ui/success-alert';
import { uploadAttendance } from '../api/appeals-api';

/** Agency HR: the signed attendance list of a group (NIP list + PDF scan); bad rows listed one by one. */
export function AttendanceUpload({ appealId }: { appealId: string }) {
  const { t } = useTranslation();
  const errors = useErrorText();
  const bilingual = useBilingual();
  const [list, setList] = useState<File | null>(null);
  const [scan, setScan] = useState<File | null>(null);
  const upload = useMutation({ mutationFn: () => uploadAttendance(appealId, list!, scan!) });
  const result = upload.data;
  return (
    <Stack>
      <FileInput
        label={t('appeals.attendance.list')}
        accept=".csv,.xlsx"
        value={list}
        onChange={setList}
        clearable
      />
      <FileInput
        label={t('appeals.attendance.scan')}
        accept="application/pdf"
        value={scan}
        onChange={setScan}
        clearable
      />
      <Button
        w="fit-content"
        disabled={!list || !scan}
        loading={upload.isPending}
        onClick={() => upload.mutate()}
      >
        {t('appeals.attendance.upload')}
      </Button>
      <ErrorAlert message={errors.message(upload.error)} />
      {result && (
        <SuccessAlert
          message={t('appeals.attendance.result', {
            applied: result.applied,
            already: result.alreadyAcknowledged,
            rejected: result.rejected,
          })}
        />
      )}
      {result && result.errors.length > 0 && (
        <ScrollTable minWidth={480} caption={t('appeals.attendance.reason')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('appeals.attendance.row')}</Table.Th>
              <Table.Th>{t('appeals.attendance.column')}</Table.Th>
              <Table.Th>{t('appeals.attendance.reason')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {result.errors.map((e, i) => (
              <Table.Tr key={i}>
                <Table.Td>{e.row}</Table.Td>
                <Table.Td>{e.column ?? '—'}</Table.Td>
                <Table.Td>
                  <Text size="sm">{bilingual(e.message)}</Text>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </ScrollTable>
      )}
    </Stack>
  );
}
