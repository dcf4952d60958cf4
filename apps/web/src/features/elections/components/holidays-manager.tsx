import { Alert, Button, Select, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useBilingual } from '../../../lib/use-bilingual';
import { useErrorText } from '../../../lib/use-error-text';
import { ConfirmModal } from '../../../ui/confirm-modal';
import { ErrorAlert } from '../../../ui/error-alert';
import { ScrollTable } from '../../../ui/scroll-table';
import { SuccessAlert } from '../../../ui/success-alert';
import { useDeleteHoliday, useHolidays, type StoredHoliday } from '../api/elections-api';
import { HolidayForm } from './holiday-form';

const THIS_YEAR = new Date().getFullYear();
const YEARS = Array.from({ length: 6 }, (_, i) => String(THIS_YEAR - 2 + i));

/** Holidays administrators add to the built-in calendar, per year; the legal clock counts them. */
export function HolidaysManager() {
  const { t } = useTranslation();
  const text = useBilingual();
  const errors = useErrorText();
  const [year, setYear] = useState(THIS_YEAR);
  const [notice, setNotice] = useState<string>();
  const [deleting, setDeleting] = useState<StoredHoliday | null>(null);
  const holidays = useHolidays(year);
  const remove = useDeleteHoliday();

  const handleDelete = () => {
    if (!deleting) return;
    remove.mutate(deleting.id, {
      onSuccess: () => {
        setDeleting(null);
        setNotice(t('holidays.removed'));
      },
    });
  };
  const handleAdded = (message: string) => setNotice(message);

  return (
    <Stack>
      <Alert color="blue.9" variant="outline">
        <Text size="sm">{t('holidays.explain')}</Text>
      </Alert>
      <Select
        label={t('holidays.year')}
        data={YEARS}
        value={String(year)}
        allowDeselect={false}
        onChange={(value) => value && setYear(Number(value))}
        w={{ base: '100%', xs: 160 }}
      />
      <SuccessAlert message={notice} onClose={() => setNotice(undefined)} />
      <ErrorAlert message={errors.message(holidays.error)} />
      <ScrollTable minWidth={600} caption={t('holidays.listTitle', { year })}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('holidays.date')}</Table.Th>
            <Table.Th>{t('holidays.name')}</Table.Th>
            <Table.Th>{t('holidays.kind')}</Table.Th>
            <Table.Th>{t('holidays.region')}</Table.Th>
            <Table.Th>{t('common.actions')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {holidays.data?.length === 0 && (
            <Table.Tr>
              <Table.Td colSpan={5}>{t('holidays.none', { year })}</Table.Td>
            </Table.Tr>
          )}
          {holidays.data?.map((holiday) => (
            <Table.Tr key={holiday.id}>
              <Table.Td>{holiday.date}</Table.Td>
              <Table.Td>{text(holiday.name)}</Table.Td>
              <Table.Td>{t(`holidays.kinds.${holiday.kind}`)}</Table.Td>
              <Table.Td>{holiday.regionCode ?? t('holidays.national')}</Table.Td>
              <Table.Td>
                <Button
                  size="xs"
                  variant="outline"
                  color="red.9"
                  onClick={() => {
                    remove.reset();
                    setDeleting(holiday);
                  }}
                  aria-label={`${t('common.delete')}: ${holiday.date} ${text(holiday.name)}`}
                >
                  {t('common.delete')}
                </Button>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </ScrollTable>
      <Title order={3} size="h4" id="holiday-form-title">
        {t('holidays.addTitle')}
      </Title>
      <HolidayForm onAdded={handleAdded} />
      <ConfirmModal
        opened={deleting !== null}
        title={t('common.delete')}
        message={t('holidays.confirmDelete', {
          date: deleting?.date ?? '',
          name: deleting ? text(deleting.name) : '',
        })}
        confirmLabel={t('common.delete')}
        isPending={remove.isPending}
        error={errors.message(remove.error)}
        onConfirm={handleDelete}
        onClose={() => setDeleting(null)}
      />
    </Stack>
  );
}
