import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useRegionSearch } from '../api/regions-api';

type RegionPickerProps = {
  value: string | null;
  initialLabel?: string;
  error?: string;
  isDisabled?: boolean;
  onChange: (code: string | null) => void;
};

/** Region chosen by searching the server (name or code); the list is never loaded whole. */
export function RegionPicker({ value, initialLabel, error, isDisabled, onChange }: RegionPickerProps) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [selectedLabel, setSelectedLabel] = useState(initialLabel);
  const [debounced] = useDebouncedValue(search, 250);
  const results = useRegionSearch(debounced === selectedLabel ? '' : debounced);
  const options = (results.data ?? []).map((region) => ({
    value: region.code,
    label: `${region.name} (${region.code})`,
  }));
  if (value && selectedLabel && !options.some((o) => o.value === value))
    options.unshift({ value, label: selectedLabel });

  return (
    <Select
      label={t('regionPicker.label')}
      placeholder={t('regionPicker.placeholder')}
      searchable
      required
      // Picking the chosen region again keeps it (Mantine would clear it).
      allowDeselect={false}
      disabled={isDisabled}
      data={options}
      value={value}
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options: all }) => all}
      nothingFoundMessage={debounced.trim().length >= 2 ? t('regionPicker.nothing') : undefined}
      error={error}
      onChange={(code, option) => {
        setSelectedLabel(option?.label);
        onChange(code);
      }}
    />
  );
}
