import { Button, Group, Select, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import type { Election, Stage, StageKind } from '@netra/rules';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../lib/api-error';
import { useErrorText } from '../../../lib/use-error-text';
import { ErrorAlert } from '../../../ui/error-alert';
import { ScrollTable } from '../../../ui/scroll-table';
import { SuccessAlert } from '../../../ui/success-alert';
import { useSaveElection } from '../api/elections-api';
import { STAGE_KINDS } from '../lib/kinds';

/** A stage row being edited: a local key keeps typed values in place when a row is removed. */
type StageDraft = {
  key: number;
  kind: StageKind;
  nameId: string;
  nameEn: string;
  start: string;
  end: string;
  sources: string;
  status: Stage['status'];
};

let nextKey = 0;
const toDraft = (stage: Stage): StageDraft => ({
  key: nextKey++,
  kind: stage.kind,
  nameId: stage.name.id,
  nameEn: stage.name.en,
  start: stage.start,
  end: stage.end,
  sources: stage.sources.join(' '),
  status: stage.status,
});

/** Known server validator messages, shown in the reader's language instead of the raw English. */
const KNOWN_MESSAGES: Record<string, string> = {
  'stage end is before its start': 'elections.endBeforeStart',
  'an election needs exactly one candidate_designation stage': 'elections.oneDesignation',
};

export function ElectionForm({ election }: { election: Election }) {
  const { t } = useTranslation();
  const errors = useErrorText();
  const [name, setName] = useState(election.name);
  const [stages, setStages] = useState<StageDraft[]>(() => election.stages.map(toDraft));
  const [notice, setNotice] = useState<string>();
  const save = useSaveElection();

  const fieldError = (field: string): string | undefined => {
    if (!(save.error instanceof ApiError)) return undefined;
    const raw = save.error.fieldMessage(field);
    if (raw && KNOWN_MESSAGES[raw]) return t(KNOWN_MESSAGES[raw]);
    return errors.field(save.error, field);
  };
  const stageError = (index: number, field: string) => fieldError(`stages.${index}.${field}`);
  const anyFieldError =
    save.error instanceof ApiError && save.error.fields.length > 0 ? t('elections.fixFields') : undefined;
  const generalError = save.error && !anyFieldError ? errors.message(save.error) : anyFieldError;

  const update = (key: number, patch: Partial<StageDraft>) =>
    setStages((rows) => rows.map((row) => (row.key === key ? { ...row, ...patch } : row)));
  const addStage = () =>
    setStages((rows) => [
      ...rows,
      {
        key: nextKey++,
        kind: 'campaign',
        nameId: '',
        nameEn: '',
        start: '',
        end: '',
        sources: '',
        status: {
          kind: 'unverified',
          reason: {
            id: 'Ditambahkan oleh administrator di Netra; periksa sumbernya',
            en: 'Added by an administrator in Netra; check its source',
          },
        },
      },
    ]);
  const removeStage = (key: number) => setStages((rows) => rows.filter((row) => row.key !== key));

  const handleSubmit = (event: FormEvent) => {
    event.preventDefault();
    setNotice(undefined);
    const body: Election = {
      ...election,
      name: name.trim(),
      stages: stages.map((row) => ({
        kind: row.kind,
        name: { id: row.nameId.trim(), en: row.nameEn.trim() },
        start: row.start,
        end: row.end,
        sources: row.sources.split(/\s+/).filter(Boolean),
        status: row.status,
      })),
    };
    save.mutate(body, { onSuccess: () => setNotice(t('elections.saved')) });
  };

  const stageLabel = (index: number, what: string) => t('elections.stageField', { n: index + 1, what });

  return (
    <form onSubmit={handleSubmit} noValidate aria-labelledby="election-form-title">
      <Stack>
        <Title order={3} size="h4" id="election-form-title">
          {t('elections.editTitle', { name: election.name })}
        </Title>
        <Text size="sm">
          {t('elections.meta', { id: election.id, region: election.regionCode, profile: election.profileId })}
        </Text>
        <SuccessAlert message={notice} onClose={() => setNotice(undefined)} />
        <ErrorAlert message={generalError} />
        <TextInput
          label={t('elections.name')}
          value={name}
          onChange={(e) => setName(e.currentTarget.value)}
          required
          error={fieldError('name')}
        />
        <ErrorAlert message={fieldError('stages')} />
        <ScrollTable minWidth={1400} caption={t('elections.stages')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('elections.stageKind')}</Table.Th>
              <Table.Th>{t('elections.stageNameId')}</Table.Th>
              <Table.Th>{t('elections.stageNameEn')}</Table.Th>
              <Table.Th>{t('elections.start')}</Table.Th>
              <Table.Th>{t('elections.end')}</Table.Th>
              <Table.Th>{t('elections.sources')}</Table.Th>
              <Table.Th>{t('common.actions')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {stages.map((row, index) => (
              <Table.Tr key={row.key} style={{ verticalAlign: 'top' }}>
                <Table.Td miw={190}>
                  <Select
                    aria-label={stageLabel(index, t('elections.stageKind'))}
                    data={STAGE_KINDS.map((value) => ({ value, label: t(`elections.stageKinds.${value}`) }))}
                    value={row.kind}
                    allowDeselect={false}
                    onChange={(value) => value && update(row.key, { kind: value })}
                    error={stageError(index, 'kind')}
                  />
                </Table.Td>
                <Table.Td miw={220}>
                  <TextInput
                    aria-label={stageLabel(index, t('elections.stageNameId'))}
                    value={row.nameId}
                    onChange={(e) => update(row.key, { nameId: e.currentTarget.value })}
                    error={stageError(index, 'name.id') ?? stageError(index, 'name')}
                  />
                </Table.Td>
                <Table.Td miw={220}>
                  <TextInput
                    aria-label={stageLabel(index, t('elections.stageNameEn'))}
                    value={row.nameEn}
                    onChange={(e) => update(row.key, { nameEn: e.currentTarget.value })}
                    error={stageError(index, 'name.en')}
                  />
                </Table.Td>
                <Table.Td miw={160}>
                  <TextInput
                    type="date"
                    aria-label={stageLabel(index, t('elections.start'))}
                    value={row.start}
                    onChange={(e) => update(row.key, { start: e.currentTarget.value })}
                    error={stageError(index, 'start')}
                  />
                </Table.Td>
                <Table.Td miw={160}>
                  <TextInput
                    type="date"
                    aria-label={stageLabel(index, t('elections.end'))}
                    value={row.end}
                    onChange={(e) => update(row.key, { end: e.currentTarget.value })}
                    error={stageError(index, 'end') ?? fieldError(`stages.${index}`)}
                  />
                </Table.Td>
                <Table.Td miw={280}>
                  <TextInput
                    aria-label={stageLabel(index, t('elections.sources'))}
                    value={row.sources}
                    placeholder="https://…"
                    onChange={(e) => update(row.key, { sources: e.currentTarget.value })}
                    error={stageError(index, 'sources') ?? stageError(index, 'sources.0')}
                  />
                </Table.Td>
                <Table.Td>
                  <Button
                    size="xs"
                    variant="outline"
                    color="red.9"
                    onClick={() => removeStage(row.key)}
                    aria-label={stageLabel(index, t('elections.removeStage'))}
                  >
                    {t('elections.removeStage')}
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </ScrollTable>
        <Text size="sm">{t('elections.sourcesHelp')}</Text>
        <Group justify="space-between" wrap="wrap">
          <Button variant="default" onClick={addStage}>
            {t('elections.addStage')}
          </Button>
          <Button type="submit" loading={save.isPending}>
            {t('elections.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
