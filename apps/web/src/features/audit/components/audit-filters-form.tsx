import { Button, Group, SimpleGrid, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { EMPTY_AUDIT_FILTERS, type AuditFilters } from '../api/audit-api';

type AuditFiltersFormProps = {
  fieldErrors: Partial<Record<keyof AuditFilters, string>>;
  onApply: (filters: AuditFilters) => void;
};

export function AuditFiltersForm({ fieldErrors, onApply }: AuditFiltersFormProps) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<AuditFilters>(EMPTY_AUDIT_FILTERS);
  const set = (key: keyof AuditFilters) => (e: React.ChangeEvent<HTMLInputElement>) => {
    const value = e.currentTarget.value;
    setDraft((d) => ({ ...d, [key]: value }));
  };
  const handleSubmit = (event: FormEvent) => {
    event.preventDefault();
    onApply(draft);
  };
  const handleReset = () => {
    setDraft(EMPTY_AUDIT_FILTERS);
    onApply(EMPTY_AUDIT_FILTERS);
  };

  return (
    <form onSubmit={handleSubmit} noValidate aria-label={t('audit.filters')}>
      <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }}>
        <TextInput
          label={t('audit.action')}
          placeholder="auth.sign_in"
          value={draft.action}
          onChange={set('action')}
          error={fieldErrors.action}
        />
        <TextInput
          label={t('audit.entityType')}
          placeholder="organization"
          value={draft.entityType}
          onChange={set('entityType')}
          error={fieldErrors.entityType}
        />
        <TextInput
          label={t('audit.actor')}
          value={draft.actorUserId}
          onChange={set('actorUserId')}
          error={fieldErrors.actorUserId}
        />
        <TextInput
          label={t('audit.from')}
          type="date"
          value={draft.from}
          onChange={set('from')}
          error={fieldErrors.from}
        />
        <TextInput
          label={t('audit.to')}
          type="date"
          value={draft.to}
          onChange={set('to')}
          error={fieldErrors.to}
        />
      </SimpleGrid>
      <Group mt="sm">
        <Button type="submit">{t('audit.apply')}</Button>
        <Button variant="default" onClick={handleReset}>
          {t('audit.reset')}
        </Button>
      </Group>
    </form>
  );
}
