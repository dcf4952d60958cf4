import {
  Anchor,
  Button,
  Checkbox,
  Fieldset,
  Group,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Textarea,
} from '@mantine/core';
import {
  REPORTED_PARTY_TYPES,
  REPORTER_CATEGORIES,
  type Receipt,
  type ReportSubmission,
} from '@netra/contracts';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '../../../ui/error-alert';
import { useErrorText } from '../../../lib/use-error-text';
import { useSubmitReport } from '../api/public-api';
import { newIdempotencyKey, useLocalDraft } from '../lib/draft';
import { EvidencePicker } from './evidence-picker';
import { VillageField } from './village-field';

export const REPORT_DRAFT_KEY = 'netra.reportDraft';

type Draft = {
  name: string;
  nik: string;
  address: string;
  phone: string;
  email: string;
  category: string;
  partyType: string;
  partyName: string;
  agency: string;
  position: string;
  nip: string;
  summary: string;
  whatHappened: string;
  regionCode: string;
  regionLabel: string;
  place: string;
  occurredOn: string;
  knownOn: string;
  witnesses: { name: string; contact: string }[];
  truthful: boolean;
  awareOfConfrontation: boolean;
  idempotencyKey: string;
};

const emptyDraft = (): Draft => ({
  name: '',
  nik: '',
  address: '',
  phone: '',
  email: '',
  category: 'voter',
  partyType: 'asn',
  partyName: '',
  agency: '',
  position: '',
  nip: '',
  summary: '',
  whatHappened: '',
  regionCode: '',
  regionLabel: '',
  place: '',
  occurredOn: '',
  knownOn: '',
  witnesses: [],
  truthful: false,
  awareOfConfrontation: false,
  idempotencyKey: newIdempotencyKey(),
});

const optional = (value: string) => (value.trim() ? value.trim() : undefined);

function toSubmission(d: Draft): ReportSubmission {
  return {
    reporter: {
      name: d.name,
      nik: d.nik,
      address: d.address,
      phone: d.phone,
      email: optional(d.email),
      category: d.category as ReportSubmission['reporter']['category'],
    },
    reportedParty: {
      type: d.partyType as ReportSubmission['reportedParty']['type'],
      name: d.partyName,
      agency: optional(d.agency),
      position: optional(d.position),
      nip: optional(d.nip),
    },
    summary: d.summary,
    whatHappened: d.whatHappened,
    regionCode: d.regionCode,
    place: d.place,
    occurredOn: d.occurredOn,
    knownOn: d.knownOn,
    witnesses: d.witnesses
      .filter((w) => w.name.trim())
      .map((w) => ({ name: w.name, contact: optional(w.contact) })),
    statements: { truthful: d.truthful as true, awareOfConfrontation: d.awareOfConfrontation as true },
    idempotencyKey: d.idempotencyKey,
  };
}

const today = () => new Date().toISOString().slice(0, 10);

/** The public report form (laporan). Values survive a reload; files are kept only in memory. */
export function ReportForm({ onSubmitted }: { onSubmitted: (receipt: Receipt, files: File[]) => void }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const submit = useSubmitReport();
  const [draft, setDraft, clearDraft] = useLocalDraft<Draft>(REPORT_DRAFT_KEY, emptyDraft);
  const [files, setFiles] = useState<File[]>([]);
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => setDraft((d) => ({ ...d, [key]: value }));
  const text = (key: keyof Draft) => ({
    value: draft[key] as string,
    onChange: (e: { currentTarget: { value: string } }) => set(key, e.currentTarget.value as never),
  });
  const err = (field: string) => errorText.field(submit.error, field);

  const handleSubmit = (event: FormEvent) => {
    event.preventDefault();
    submit.mutate(toSubmission(draft), {
      onSuccess: (receipt) => {
        clearDraft();
        onSubmitted(receipt, files);
      },
    });
  };

  const setWitness = (index: number, patch: Partial<Draft['witnesses'][number]>) =>
    set(
      'witnesses',
      draft.witnesses.map((w, i) => (i === index ? { ...w, ...patch } : w)),
    );

  return (
    <form onSubmit={handleSubmit} noValidate aria-describedby="report-form-intro">
      <Stack>
        <Text id="report-form-intro" size="sm">
          {t('cases.form.intro')}
        </Text>
        <Anchor component={Link} to="/informasi-awal">
          {t('cases.form.toTip')}
        </Anchor>

        <Fieldset legend={t('cases.form.reporterSection')}>
          <Stack gap="sm">
            <TextInput
              label={t('cases.form.name')}
              required
              autoComplete="name"
              {...text('name')}
              error={err('reporter.name')}
            />
            <TextInput
              label={t('cases.form.nik')}
              description={t('cases.form.nikHelp')}
              required
              inputMode="numeric"
              maxLength={16}
              {...text('nik')}
              error={err('reporter.nik')}
            />
            <Textarea
              label={t('cases.form.address')}
              required
              autosize
              minRows={2}
              autoComplete="street-address"
              {...text('address')}
              error={err('reporter.address')}
            />
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <TextInput
                label={t('cases.form.phone')}
                required
                type="tel"
                autoComplete="tel"
                {...text('phone')}
                error={err('reporter.phone')}
              />
              <TextInput
                label={t('cases.form.email')}
                type="email"
                autoComplete="email"
                {...text('email')}
                error={err('reporter.email')}
              />
            </SimpleGrid>
            <Select
              label={t('cases.form.category')}
              required
              allowDeselect={false}
              data={REPORTER_CATEGORIES.map((c) => ({ value: c, label: t(`cases.category.${c}`) }))}
              value={draft.category}
              onChange={(v) => set('category', v ?? 'voter')}
              error={err('reporter.category')}
            />
          </Stack>
        </Fieldset>

        <Fieldset legend={t('cases.form.partySection')}>
          <Stack gap="sm">
            <Select
              label={t('cases.form.partyType')}
              required
              allowDeselect={false}
              data={REPORTED_PARTY_TYPES.map((c) => ({ value: c, label: t(`cases.partyType.${c}`) }))}
              value={draft.partyType}
              onChange={(v) => set('partyType', v ?? 'asn')}
            />
            <TextInput
              label={t('cases.form.partyName')}
              required
              {...text('partyName')}
              error={err('reportedParty.name')}
            />
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <TextInput
                label={t('cases.form.agency')}
                {...text('agency')}
                error={err('reportedParty.agency')}
              />
              <TextInput
                label={t('cases.form.position')}
                {...text('position')}
                error={err('reportedParty.position')}
              />
            </SimpleGrid>
            <TextInput
              label={t('cases.form.nip')}
              description={t('cases.form.nipHelp')}
              inputMode="numeric"
              maxLength={18}
              {...text('nip')}
              error={err('reportedParty.nip')}
            />
          </Stack>
        </Fieldset>

        <Fieldset legend={t('cases.form.eventSection')}>
          <Stack gap="sm">
            <TextInput
              label={t('cases.form.summary')}
              description={t('cases.form.summaryHelp')}
              required
              maxLength={200}
              {...text('summary')}
              error={err('summary')}
            />
            <Textarea
              label={t('cases.form.whatHappened')}
              description={t('cases.form.whatHappenedHelp')}
              required
              autosize
              minRows={4}
              {...text('whatHappened')}
              error={err('whatHappened')}
            />
            <VillageField
              label={t('cases.form.village')}
              value={draft.regionCode}
              initialLabel={draft.regionLabel || undefined}
              pattern="\d{2}\.\d{2}\.\d{2}\.\d{4}"
              villagesOnly
              onChange={(code, label) =>
                setDraft((d) => ({ ...d, regionCode: code, regionLabel: label ?? '' }))
              }
              error={err('regionCode')}
            />
            <TextInput label={t('cases.form.place')} required {...text('place')} error={err('place')} />
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <TextInput
                type="date"
                label={t('cases.form.occurredOn')}
                required
                max={today()}
                {...text('occurredOn')}
                error={err('occurredOn')}
              />
              <TextInput
                type="date"
                label={t('cases.form.knownOn')}
                description={t('cases.form.knownOnHelp')}
                required
                max={today()}
                {...text('knownOn')}
                error={err('knownOn')}
              />
            </SimpleGrid>
          </Stack>
        </Fieldset>

        <Fieldset legend={t('cases.form.witnessSection')}>
          <Stack gap="sm">
            {draft.witnesses.length === 0 && <Text size="sm">{t('cases.form.noWitness')}</Text>}
            {draft.witnesses.map((w, index) => (
              <Group key={index} align="flex-end" wrap="wrap" gap="xs">
                <TextInput
                  style={{ flex: '1 1 12rem' }}
                  label={t('cases.form.witnessName', { n: index + 1 })}
                  value={w.name}
                  onChange={(e) => setWitness(index, { name: e.currentTarget.value })}
                  error={err(`witnesses.${index}.name`)}
                />
                <TextInput
                  style={{ flex: '1 1 12rem' }}
                  label={t('cases.form.witnessContact', { n: index + 1 })}
                  value={w.contact}
                  onChange={(e) => setWitness(index, { contact: e.currentTarget.value })}
                  error={err(`witnesses.${index}.contact`)}
                />
                <Button
                  variant="default"
                  onClick={() =>
                    set(
                      'witnesses',
                      draft.witnesses.filter((_, i) => i !== index),
                    )
                  }
                >
                  {t('cases.form.removeWitness', { n: index + 1 })}
                </Button>
              </Group>
            ))}
            <Group>
              <Button
                variant="outline"
                disabled={draft.witnesses.length >= 20}
                onClick={() => set('witnesses', [...draft.witnesses, { name: '', contact: '' }])}
              >
                {t('cases.form.addWitness')}
              </Button>
            </Group>
          </Stack>
        </Fieldset>

        <EvidencePicker files={files} onChange={setFiles} />

        <Fieldset legend={t('cases.form.statementSection')}>
          <Stack gap="sm">
            <Checkbox
              label={t('cases.form.truthful')}
              checked={draft.truthful}
              onChange={(e) => set('truthful', e.currentTarget.checked)}
              error={err('statements.truthful')}
            />
            <Checkbox
              label={t('cases.form.aware')}
              checked={draft.awareOfConfrontation}
              onChange={(e) => set('awareOfConfrontation', e.currentTarget.checked)}
              error={err('statements.awareOfConfrontation')}
            />
          </Stack>
        </Fieldset>

        <ErrorAlert message={errorText.message(submit.error)} />
        <Group>
          <Button type="submit" loading={submit.isPending}>
            {t('cases.form.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
