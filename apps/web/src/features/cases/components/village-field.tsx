import { Select, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../lib/api-error';
import { usePublicRegionSearch } from '../api/public-api';

type VillageFieldProps = {
  value: string;
  label: string;
  onChange: (code: string, label?: string) => void;
  initialLabel?: string;
  error?: string;
  /** The tip form accepts a regency or finer; the report form needs a village. */
  pattern: string;
  /** Offer villages only (the report form); otherwise sub-districts too. */
  villagesOnly?: boolean;
};

/**
 * Region search for visitors without an account. Should the server offer no public search, the
 * visitor types the region code instead (shown with its format), so the form still works.
 */
export function VillageField({
  value,
  label,
  onChange,
  initialLabel,
  error,
  pattern,
  villagesOnly,
}: VillageFieldProps) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [selectedLabel, setSelectedLabel] = useState(initialLabel);
  const [debounced] = useDebouncedValue(search, 250);
  const results = usePublicRegionSearch(debounced === selectedLabel ? '' : debounced);
  const isUnavailable = results.error instanceof ApiError && [401, 403, 404].includes(results.error.status);
  if (isUnavailable)
    return (
      <TextInput
        label={t('cases.form.regionCode')}
        description={t('cases.form.regionCodeHelp')}
        required
        value={value}
        pattern={pattern}
        error={error}
        onChange={(e) => onChange(e.currentTarget.value.trim())}
      />
    );
  const options = (results.data ?? [])
    .filter((r) => !villagesOnly || r.level === 4)
    .map((r) => ({
      value: r.code,
      label: `${r.name}${r.parentName ? `, ${r.parentName}` : ''} (${r.code})`,
    }));
  if (value && !options.some((o) => o.value === value))
    options.unshift({ value, label: selectedLabel ?? value });
  return (
    <Select
      label={label}
      description={t('cases.form.regionSearchHelp')}
      placeholder={t('regionPicker.placeholder')}
      searchable
      required
      allowDeselect={false}
      data={options}
      value={value || null}
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options: all }) => all}
      nothingFoundMessage={debounced.trim().length >= 2 ? t('regionPicker.nothing') : undefined}
      error={error}
      onChange={(code, option) => {
        setSelectedLabel(option?.label);
        onChange(code ?? '', option?.label);
      }}
    />
  );
}
