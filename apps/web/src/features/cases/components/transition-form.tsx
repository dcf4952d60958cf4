import {
  Button,
  Checkbox,
  Group,
  NumberInput,
  Select,
  Stack,
  Text,
  TextInput,
  Textarea,
} from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../lib/api-error';
import { useBilingual, type Bilingual } from '../../../lib/use-bilingual';
import { useErrorText } from '../../../lib/use-error-text';
import { AppModal } from '../../../ui/app-modal';
import { ErrorAlert } from '../../../ui/error-alert';
import { useApplyTransition, type CaseDetail } from '../api/cases-api';
import {
  initialValues,
  toInput,
  TRANSITION_FIELDS,
  type FieldSpec,
  type Values,
} from '../lib/transition-inputs';

/** The server's reason for a refusal: the rules core's bilingual message when there is one. */
function useRefusalText() {
  const bilingual = useBilingual();
  const errorText = useErrorText();
  return (error: unknown) => {
    if (error instanceof ApiError && error.code === 'cases.transition_refused') {
      const reason = error.details.message as Bilingual | undefined;
      if (reason?.id) return `${errorText.message(error) ?? ''} ${bilingual(reason)}`.trim();
    }
    return errorText.message(error);
  };
}

type TransitionFormProps = { detail: CaseDetail; name: string; opened: boolean; onClose: () => void };

/** A modal with the form of one transition, built from the input that transition takes. */
export function TransitionForm({ detail, name, opened, onClose }: TransitionFormProps) {
  const { t } = useTranslation();
  const apply = useApplyTransition(detail.id);
  const refusal = useRefusalText();
  const [values, setValues] = useState<Values>(() => initialValues(name, detail));
  const fields = TRANSITION_FIELDS[name] ?? [];
  const set = (key: string, value: unknown) => setValues((v) => ({ ...v, [key]: value }));
  const label = (field: string) => t(`cases.field.${field}`);
  const optionLabel = (field: FieldSpec, value: string) => {
    if (field.name === 'recipients') {
      const kinds = detail.forwardRecipients.filter((r) => r.id === value);
      const kindLabels = kinds.map((r) => t(`cases.option.violationKinds.${r.kind}`)).join(', ');
      return `${kinds[0]?.name ?? value} (${kindLabels})`;
    }
    if (field.rawOptions) {
      const d = detail.state.dispositions.find((x) => x.id === value);
      return d ? `${t(`cases.option.violationKinds.${d.kind}`)} → ${d.target}` : value;
    }
    return t(`cases.option.${field.name}.${value}`);
  };

  const handleSubmit = (event: FormEvent) => {
    event.preventDefault();
    apply.mutate(
      { name, expectedVersion: detail.version, input: toInput(name, values, detail) },
      { onSuccess: onClose },
    );
  };

  const renderField = (field: FieldSpec) => {
    const value = values[field.name];
    const options = field.options?.(detail) ?? [];
    switch (field.kind) {
      case 'text':
      case 'date':
        return (
          <TextInput
            key={field.name}
            type={field.kind === 'date' ? 'date' : 'text'}
            label={label(field.name)}
            required={field.required}
            value={value as string}
            onChange={(e) => set(field.name, e.currentTarget.value)}
          />
        );
      case 'textarea':
      case 'lines':
        return (
          <Textarea
            key={field.name}
            label={label(field.name)}
            description={field.kind === 'lines' ? t('cases.field.onePerLine') : undefined}
            required={field.required}
            autosize
            minRows={3}
            value={value as string}
            onChange={(e) => set(field.name, e.currentTarget.value)}
          />
        );
      case 'number':
        return (
          <NumberInput
            key={field.name}
            label={label(field.name)}
            required={field.required}
            min={1}
            allowDecimal={false}
            value={value as number | string}
            onChange={(v) => set(field.name, v)}
          />
        );
      case 'select':
        return (
          <Select
            key={field.name}
            label={label(field.name)}
            required={field.required}
            allowDeselect={false}
            data={options.map((o) => ({ value: o, label: optionLabel(field, o) }))}
            value={value as string | null}
            onChange={(v) => set(field.name, v)}
          />
        );
      case 'multi':
        if (options.length === 0 && !field.required) return null;
        return (
          <Checkbox.Group
            key={field.name}
            label={label(field.name)}
            withAsterisk={field.required}
            value={value as string[]}
            onChange={(v) => set(field.name, v)}
          >
            <Stack gap={6} mt={4}>
              {options.map((o) => (
                <Checkbox key={o} value={o} label={optionLabel(field, o)} />
              ))}
            </Stack>
          </Checkbox.Group>
        );
      case 'checklist': {
        const checked = value as Record<string, boolean>;
        return (
          <Stack key={field.name} gap={6} role="group" aria-label={label(field.name)}>
            <Text size="sm" fw={500}>
              {label(field.name)}
            </Text>
            {options.map((o) => (
              <Checkbox
                key={o}
                label={t(`cases.option.${field.name}.${o}`)}
                checked={Boolean(checked[o])}
                onChange={(e) => set(field.name, { ...checked, [o]: e.currentTarget.checked })}
              />
            ))}
          </Stack>
        );
      }
    }
  };

  return (
    <AppModal opened={opened} onClose={onClose} title={t(`cases.transition.${name}`)} size="lg">
      <form onSubmit={handleSubmit}>
        <Stack>
          {fields.length === 0 && <Text>{t('cases.transitionNoInput')}</Text>}
          {fields.map(renderField)}
          <ErrorAlert message={refusal(apply.error)} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={apply.isPending}>
              {t('cases.apply')}
            </Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}
