import { Button, Group, Select, Stack, TextInput } from '@mantine/core';
import type { Organization } from '@netra/contracts';
import { ORGANIZATION_TYPES, type OrganizationType } from '@netra/contracts/roles';
import { ApiError } from '../../../lib/api-error';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../../../lib/use-error-text';
import { ErrorAlert } from '../../../ui/error-alert';
import { RegionPicker } from '../../regions';
import { useSaveOrganization } from '../api/organizations-api';
import { OrganizationSelect } from './organization-select';

type OrganizationFormProps = {
  organization?: Organization;
  onDone: (message: string) => void;
  onCancel: () => void;
};

/** Create or edit; type and region are fixed once created (the server accepts name and parent). */
export function OrganizationForm({ organization, onDone, onCancel }: OrganizationFormProps) {
  const { t } = useTranslation();
  const errors = useErrorText();
  const [type, setType] = useState<OrganizationType | null>(organization?.type ?? null);
  const [name, setName] = useState(organization?.name ?? '');
  const [regionCode, setRegionCode] = useState<string | null>(organization?.regionCode ?? null);
  const [parentId, setParentId] = useState<string | null>(organization?.parentId ?? null);
  const save = useSaveOrganization(organization?.id);
  const typeOptions = ORGANIZATION_TYPES.map((value) => ({ value, label: t(`orgTypes.${value}`) }));

  const handleSubmit = (event: FormEvent) => {
    event.preventDefault();
    const input = organization
      ? { name, parentId }
      : { type: type as OrganizationType, name, regionCode: regionCode ?? '', parentId };
    save.mutate(input, { onSuccess: () => onDone(organization ? t('orgs.saved') : t('orgs.created')) });
  };
  const fieldError = (field: string) => errors.field(save.error, field);
  const isParentError = save.error instanceof ApiError && save.error.code === 'organizations.invalid_parent';
  const hasFieldError = ['type', 'name', 'regionCode', 'parentId'].some(fieldError) || isParentError;
  const generalError = save.error && !hasFieldError ? errors.message(save.error) : undefined;

  return (
    <form onSubmit={handleSubmit} noValidate>
      <Stack>
        <ErrorAlert message={generalError} />
        <Select
          label={t('orgs.type')}
          data={typeOptions}
          value={type}
          onChange={(value) => setType(value)}
          disabled={Boolean(organization)}
          required
          error={fieldError('type')}
        />
        <TextInput
          label={t('orgs.name')}
          value={name}
          onChange={(e) => setName(e.currentTarget.value)}
          required
          error={fieldError('name')}
        />
        <RegionPicker
          value={regionCode}
          initialLabel={organization ? `${organization.regionName} (${organization.regionCode})` : undefined}
          isDisabled={Boolean(organization)}
          error={fieldError('regionCode')}
          onChange={setRegionCode}
        />
        <OrganizationSelect
          label={t('orgs.parent')}
          value={parentId}
          excludeId={organization?.id}
          error={fieldError('parentId') ?? (isParentError ? errors.message(save.error) : undefined)}
          onChange={setParentId}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={save.isPending}>
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
