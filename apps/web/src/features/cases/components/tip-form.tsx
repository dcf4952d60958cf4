import { Anchor, Button, Fieldset, Group, Stack, Text, TextInput, Textarea } from '@mantine/core';
import type { Receipt, TipSubmission } from '@netra/contracts';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '../../../ui/error-alert';
import { useErrorText } from '../../../lib/use-error-text';
import { useSubmitTip } from '../api/public-api';
import { newIdempotencyKey, useLocalDraft } from '../lib/draft';
import { EvidencePicker } from './evidence-picker';
import { VillageField } from './village-field';

export const TIP_DRAFT_KEY = 'netra.tipDraft';

type Draft = {
  whatHappened: string;
  regionCode: string;
  regionLabel: string;
  place: string;
  occurredOn: string;
  links: string;
  idempotencyKey: string;
};

const emptyDraft = (): Draft => ({
  whatHappened: '',
  regionCode: '',
  regionLabel: '',
  place: '',
  occurredOn: '',
  links: '',
  idempotencyKey: newIdempotencyKey(),
});

function toSubmission(d: Draft): TipSubmission {
  return {
    whatHappened: d.whatHappened,
    regionCode: d.regionCode,
    place: d.place.trim() || undefined,
    occurredOn: d.occurredOn || undefined,
    links: d.links
      .split(/\s+/)
      .map((l) => l.trim())
      .filter(Boolean),
    idempotencyKey: d.idempotencyKey,
  };
}

/** Informasi awal: no identity at all; it cannot become a formal report, staff may investigate it. */
export function TipForm({ onSubmitted }: { onSubmitted: (receipt: Receipt, files: File[]) => void }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const submit = useSubmitTip();
  const [draft, setDraft, clearDraft] = useLocalDraft<Draft>(TIP_DRAFT_KEY, emptyDraft);
  const [files, setFiles] = useState<File[]>([]);
  const err = (field: string) => errorText.field(submit.error, field);
  const text = (key: keyof Draft) => ({
    value: draft[key],
    onChange: (e: { currentTarget: { value: string } }) =>
      setDraft((d) => ({ ...d, [key]: e.currentTarget.value })),
  });

  const handleSubmit = (event: FormEvent) => {
    event.preventDefault();
    submit.mutate(toSubmission(draft), {
      onSuccess: (receipt) => {
        clearDraft();
        onSubmitted(receipt, files);
      },
    });
  };

  return (
    <form onSubmit={handleSubmit} noValidate>
      <Stack>
        <Text size="sm">{t('cases.tip.intro')}</Text>
        <Anchor component={Link} to="/lapor">
          {t('cases.tip.toReport')}
        </Anchor>
        <Fieldset legend={t('cases.form.eventSection')}>
          <Stack gap="sm">
            <Textarea
              label={t('cases.form.whatHappened')}
              required
              autosize
              minRows={4}
              {...text('whatHappened')}
              error={err('whatHappened')}
            />
            <VillageField
              label={t('cases.tip.region')}
              value={draft.regionCode}
              initialLabel={draft.regionLabel || undefined}
              pattern="\d{2}\.\d{2}(\.\d{2}(\.\d{4})?)?"
              onChange={(code, label) =>
                setDraft((d) => ({ ...d, regionCode: code, regionLabel: label ?? '' }))
              }
              error={err('regionCode')}
            />
            <TextInput label={t('cases.form.place')} {...text('place')} error={err('place')} />
            <TextInput
              type="date"
              label={t('cases.tip.occurredOn')}
              max={new Date().toISOString().slice(0, 10)}
              {...text('occurredOn')}
              error={err('occurredOn')}
            />
            <Textarea
              label={t('cases.tip.links')}
              description={t('cases.tip.linksHelp')}
              autosize
              minRows={2}
              {...text('links')}
              error={err('links') ?? err('links.0')}
            />
          </Stack>
        </Fieldset>
        <EvidencePicker files={files} onChange={setFiles} />
        <ErrorAlert message={errorText.message(submit.error)} />
        <Group>
          <Button type="submit" loading={submit.isPending}>
            {t('cases.tip.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
