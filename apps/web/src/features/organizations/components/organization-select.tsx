import { Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useOrganizationOptions } from '../api/organizations-api';

type OrganizationSelectProps = {
  label: string;
  value: string | null;
  error?: string;
  isRequired?: boolean;
  excludeId?: string;
  onlyManageable?: boolean;
  onChange: (id: string | null) => void;
};

export function OrganizationSelect({
  label,
  value,
  error,
  isRequired,
  excludeId,
  onlyManageable,
  onChange,
}: OrganizationSelectProps) {
  const { t } = useTranslation();
  const options = useOrganizationOptions();
  const data = (options.data ?? [])
    .filter((o) => o.id !== excludeId && (!onlyManageable || o.abilities.canManage))
    .map((o) => ({ value: o.id, label: `${o.name} (${t(`orgTypes.${o.type}`)})` }));
  return (
    <Select
      label={label}
      data={data}
      value={value}
      searchable
      clearable={!isRequired}
      required={isRequired}
      error={error}
      nothingFoundMessage={t('common.empty')}
      onChange={onChange}
    />
  );
}
