import { Button, Group, MultiSelect, Stack, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useRuleEntries } from '../../rules';
import { useBilingual } from '../../../lib/use-bilingual';
import { useErrorText } from '../../../lib/use-error-text';
import { ErrorAlert } from '../../../ui/error-alert';
import { useSaveAppeal, type AppealDetail } from '../api/appeals-api';
import { AppealBodyView } from './appeal-body-view';

type Values = {
  number: string;
  letterDate: string;
  nature: string;
  subject: string;
  addressees: string;
  body: string;
  legalReferenceIds: string[];
  signatoryName: string;
  signatoryPosition: string;
  pledgeText: string;
};

const today = () => new Date().toISOString().slice(0, 10);
const valuesOf = (a: AppealDetail | undefined): Values => ({
  number: a?.number ?? '',
  letterDate: a?.letterDate ?? today(),
  nature: a?.nature ?? 'Penting',
  subject: a?.subject ?? '',
  addressees: a?.addressees.join('\n') ?? '',
  body: a?.body ?? '',
  legalReferenceIds: a?.legalReferences.map((r) => r.id) ?? [],
  signatoryName: a?.signatoryName ?? '',
  signatoryPosition: a?.signatoryPosition ?? '',
  pledgeText: a?.pledgeText ?? '',
});

/** The draft editor. On a refused save everything typed stays in the form, with the field's message. */
export function AppealForm({ appeal }: { appeal?: AppealDetail }) {
  const { t } = useTranslation();
  const errors = useErrorText();
  const bilingual = useBilingual();
  const navigate = useNavigate();
  const [values, setValues] = useState<Values>(() => valuesOf(appeal));
  const save = useSaveAppeal(appeal?.id);
  const rules = useRuleEntries();
  // The value is read at once: React clears currentTarget before a state updater runs.
  const set = (key: keyof Values) => (event: { currentTarget: { value: string } }) => {
    const value = event.currentTarget.value;
    setValues((v) => ({ ...v, [key]: value }));
  };
  const fieldError = (field: string) => errors.field(save.error, field);
  const onSubmit = (event: React.FormEvent) => {
    event.preventDefault();
    save.mutate(
      {
        ...values,
        addressees: values.addressees
          .split('\n')
          .map((a) => a.trim())
          .filter(Boolean),
        pledgeText: values.pledgeText || undefined,
      },
      { onSuccess: (detail) => void navigate(`/pencegahan/imbauan/${detail.id}`) },
    );
  };
  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack>
        <ErrorAlert message={errors.message(save.error)} />
        <Group grow align="flex-start">
          <TextInput
            label={t('appeals.fields.number')}
            required
            value={values.number}
            onChange={set('number')}
            error={fieldError('number')}
          />
          <TextInput
            label={t('appeals.fields.letterDate')}
            type="date"
            required
            value={values.letterDate}
            onChange={set('letterDate')}
            error={fieldError('letterDate')}
          />
          <TextInput label={t('appeals.fields.nature')} value={values.nature} onChange={set('nature')} />
        </Group>
        <TextInput
          label={t('appeals.fields.subject')}
          required
          value={values.subject}
          onChange={set('subject')}
          error={fieldError('subject')}
        />
        <Textarea
          label={t('appeals.fields.addressees')}
          required
          autosize
          minRows={2}
          value={values.addressees}
          onChange={set('addressees')}
          error={fieldError('addressees')}
        />
        <Textarea
          label={t('appeals.fields.body')}
          description={t('appeals.fields.bodyHelp')}
          required
          autosize
          minRows={8}
          value={values.body}
          onChange={set('body')}
          error={fieldError('body')}
        />
        {values.body.trim() && (
          <Stack gap={4} aria-label={t('appeals.preview')} role="region">
            <strong>{t('appeals.preview')}</strong>
            <AppealBodyView body={values.body} />
          </Stack>
        )}
        <MultiSelect
          label={t('appeals.fields.legalReferences')}
          searchable
          data={(rules.data ?? []).map((e) => ({
            value: e.id,
            label: `${e.code ? `${e.code} · ` : ''}${bilingual(e.title.short)}`,
          }))}
          value={values.legalReferenceIds}
          onChange={(ids) => setValues((v) => ({ ...v, legalReferenceIds: ids }))}
          error={fieldError('legalReferenceIds')}
        />
        <Group grow align="flex-start">
          <TextInput
            label={t('appeals.fields.signatoryName')}
            required
            value={values.signatoryName}
            onChange={set('signatoryName')}
            error={fieldError('signatoryName')}
          />
          <TextInput
            label={t('appeals.fields.signatoryPosition')}
            required
            value={values.signatoryPosition}
            onChange={set('signatoryPosition')}
            error={fieldError('signatoryPosition')}
          />
        </Group>
        <Textarea
          label={t('appeals.fields.pledgeText')}
          autosize
          minRows={2}
          value={values.pledgeText}
          onChange={set('pledgeText')}
        />
        <Group>
          <Button type="submit" loading={save.isPending}>
            {t('appeals.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
