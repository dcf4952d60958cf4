import { Button, Group, Radio, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import type { HolidayKind } from '@netra/rules';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../lib/api-error';
import { useErrorText } from '../../../lib/use-error-text';
import { ErrorAlert } from '../../../ui/error-alert';
import { RegionPicker } from '../../regions';
import { useAddHoliday } from '../api/elections-api';
import { HOLIDAY_KINDS } from '../lib/kinds';

type Scope = 'national' | 'region';

/** Adds a holiday for the whole country or for one region (and the regions below it). */
export function HolidayForm({ onAdded }: { onAdded: (message: string) => void }) {
  const { t } = useTranslation();
  const errors = useErrorText();
  const [date, setDate] = useState('');
  const [kind, setKind] = useState<HolidayKind>('regional');
  const [nameId, setNameId] = useState('');
  const [nameEn, setNameEn] = useState('');
  const [scope, setScope] = useState<Scope>('region');
  const [regionCode, setRegionCode] = useState<string | null>(null);
  const add = useAddHoliday();

  const handleSubmit = (event: FormEvent) => {
    event.preventDefault();
    add.mutate(
      { date, kind, nameId, nameEn, regionCode: scope === 'national' ? null : (regionCode ?? '') },
      {
        onSuccess: (holiday) => {
          setDate('');
          setNameId('');
          setNameEn('');
          onAdded(t('holidays.added', { date: holiday.date }));
        },
      },
    );
  };
  const fieldError = (field: string) => errors.field(add.error, field);
  const hasFieldError = add.error instanceof ApiError && add.error.fields.length > 0;
  const generalError = add.error && !hasFieldError ? errors.message(add.error) : undefined;

  return (
    <form onSubmit={handleSubmit} noValidate aria-labelledby="holiday-form-title">
      <Stack>
        <ErrorAlert message={generalError} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            type="date"
            label={t('holidays.date')}
            value={date}
            onChange={(e) => setDate(e.currentTarget.value)}
            required
            error={fieldError('date')}
          />
          <Select
            label={t('holidays.kind')}
            data={HOLIDAY_KINDS.map((value) => ({ value, label: t(`holidays.kinds.${value}`) }))}
            value={kind}
            allowDeselect={false}
            onChange={(value) => value && setKind(value)}
            required
            error={fieldError('kind')}
          />
          <TextInput
            label={t('holidays.nameId')}
            value={nameId}
            onChange={(e) => setNameId(e.currentTarget.value)}
            required
            error={fieldError('nameId')}
          />
          <TextInput
            label={t('holidays.nameEn')}
            value={nameEn}
            onChange={(e) => setNameEn(e.currentTarget.value)}
            required
            error={fieldError('nameEn')}
          />
        </SimpleGrid>
        <Radio.Group label={t('holidays.scope')} value={scope} onChange={(value) => setScope(value)}>
          <Group mt={4}>
            <Radio value="national" label={t('holidays.national')} />
            <Radio value="region" label={t('holidays.regional')} />
          </Group>
        </Radio.Group>
        {scope === 'region' && (
          <RegionPicker value={regionCode} error={fieldError('regionCode')} onChange={setRegionCode} />
        )}
        <Group justify="flex-end">
          <Button type="submit" loading={add.isPending}>
            {t('holidays.add')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
