import { Button, Group, Stack } from '@mantine/core';
import type { Role, UserDto } from '@netra/contracts';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../../../lib/use-error-text';
import { ErrorAlert } from '../../../ui/error-alert';
import { OrganizationSelect } from '../../organizations';
import { useAddMembership } from '../api/users-api';
import { RoleSelect } from './role-select';

export function AddMembershipForm({
  user,
  onDone,
  onCancel,
}: {
  user: UserDto;
  onDone: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const errors = useErrorText();
  const [organizationId, setOrganizationId] = useState<string | null>(null);
  const [role, setRole] = useState<Role | null>(null);
  const add = useAddMembership();

  const handleSubmit = (event: FormEvent) => {
    event.preventDefault();
    add.mutate(
      { userId: user.id, organizationId: organizationId ?? '', role: role ?? ('' as Role) },
      { onSuccess: onDone },
    );
  };
  const orgError = errors.field(add.error, 'organizationId');
  const roleError = errors.field(add.error, 'role');

  return (
    <form onSubmit={handleSubmit} noValidate>
      <Stack>
        <ErrorAlert message={add.error && !orgError && !roleError ? errors.message(add.error) : undefined} />
        <OrganizationSelect
          label={t('users.organization')}
          value={organizationId}
          isRequired
          onlyManageable
          error={orgError}
          onChange={setOrganizationId}
        />
        <RoleSelect value={role} error={roleError} onChange={setRole} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={add.isPending}>
            {t('users.addMembership')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
