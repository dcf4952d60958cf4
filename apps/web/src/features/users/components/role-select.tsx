import { Select } from '@mantine/core';
import { ROLES, type Role } from '@netra/contracts/roles';
import { useTranslation } from 'react-i18next';

type RoleSelectProps = { value: Role | null; error?: string; onChange: (role: Role | null) => void };

export function RoleSelect({ value, error, onChange }: RoleSelectProps) {
  const { t } = useTranslation();
  return (
    <Select
      label={t('users.role')}
      data={ROLES.map((role) => ({ value: role, label: t(`roles.${role}`) }))}
      value={value}
      required
      error={error}
      onChange={(next) => onChange(next)}
    />
  );
}
