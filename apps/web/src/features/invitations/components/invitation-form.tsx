import { Button, Group, Stack, TextInput } from '@mantine/core';
import type { Role } from '@netra/contracts';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../../../lib/use-error-text';
import { ErrorAlert } from '../../../ui/error-alert';
import { OrganizationSelect } from '../../organizations';
import { RoleSelect } from '../../users';
import { useCreateInvitation, type CreatedInvitation } from '../api/invitations-api';

const FIELDS = ['name', 'email', 'organizationId', 'role'];

export function InvitationForm({
  onCreated,
  onCancel,
}: {
  onCreated: (invitation: CreatedInvitation) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const errors = useErrorText();
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [organizationId, setOrganizationId] = useState<string | null>(null);
  const [role, setRole] = useState<Role | null>(null);
  const create = useCreateInvitation();

  const handleSubmit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate(
      { name, email: email.trim(), organizationId: organizationId ?? '', role: role ?? ('' as Role) },
      { onSuccess: onCreated },
    );
  };
  const fieldError = (field: string) => errors.field(create.error, field);
  const hasFieldError = FIELDS.some((f) => fieldError(f));

  return (
    <form onSubmit={handleSubmit} noValidate>
      <Stack>
        <ErrorAlert message={create.error && !hasFieldError ? errors.message(create.error) : undefined} />
        <TextInput
          label={t('invitations.name')}
          name="name"
          value={name}
          onChange={(e) => setName(e.currentTarget.value)}
          required
          error={fieldError('name')}
        />
        <TextInput
          label={t('invitations.email')}
          name="email"
          type="email"
          value={email}
          onChange={(e) => setEmail(e.currentTarget.value)}
          required
          error={fieldError('email')}
        />
        <OrganizationSelect
          label={t('invitations.organization')}
          value={organizationId}
          isRequired
          onlyManageable
          error={fieldError('organizationId')}
          onChange={setOrganizationId}
        />
        <RoleSelect value={role} error={fieldError('role')} onChange={setRole} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={create.isPending}>
            {t('invitations.create')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
