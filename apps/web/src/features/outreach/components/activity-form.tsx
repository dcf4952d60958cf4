import {
  Button,
  Group,
  MultiSelect,
  NumberInput,
  SegmentedControl,
  Select,
  Stack,
  Text,
  TextInput,
  Textarea,
} from '@mantine/core';
import {
  OUTREACH_KINDS,
  OUTREACH_TOPICS,
  type OutreachActivity,
  type OutreachActivityInput,
} from '@netra/contracts';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ApiError } from '../../../lib/api-error';
import { useErrorText } from '../../../lib/use-error-text';
import { ErrorAlert } from '../../../ui/error-alert';
import { RegionPicker } from '../../regions';
import { useMe } from '../../auth';
import { useAudiences, useCreateActivity, usePartnerOptions, useUpdateActivity } from '../api/outreach-api';
import { AudienceAdder } from './audience-adder';

type ActivityFormProps = {
  /** The activity to edit; without it the form logs a new one. */
  activity?: OutreachActivity;
  /** Opens the edit form as "mark as done": status set to done, the attendance count focused. */
  markDone?: boolean;
  onSaved: (activity: OutreachActivity) => void;
};

/** Options of a select plus the ones already chosen, so that chosen items always have a label. */
function withChosen(options: { value: string; label: string }[], chosen: { id: string; name: string }[]) {
  const missing = chosen.filter((c) => !options.some((o) => o.value === c.id));
  return [...options, ...missing.map((c) => ({ value: c.id, label: c.name }))];
}

/**
 * Logs a new activity or edits one (PUT with the same body plus the version the form was opened
 * with); everything typed stays in the form when the server refuses it — also when someone else
 * saved the activity meanwhile — and its per-field messages show beside the fields.
 */
export function ActivityForm({ activity, markDone = false, onSaved }: ActivityFormProps) {
  const { t } = useTranslation();
  const errors = useErrorText();
  const audiences = useAudiences();
  const partners = usePartnerOptions();
  const me = useMe();
  const create = useCreateActivity();
  const update = useUpdateActivity(activity?.id ?? '');
  const save = activity ? update : create;
  // Initial values are read once: a background refetch of the activity never overwrites typing.
  // The version too: an edit is made from what was loaded, so a newer save by someone else is
  // reported as a conflict instead of being silently overwritten.
  const [loadedVersion] = useState(activity?.version ?? 0);
  const [partnerIds, setPartnerIds] = useState<string[]>(activity?.partners.map((p) => p.id) ?? []);
  const [title, setTitle] = useState(activity?.title ?? '');
  const [kind, setKind] = useState<string | null>(activity?.kind ?? 'sosialisasi');
  const [topics, setTopics] = useState<string[]>(activity?.topics ?? []);
  const [audienceIds, setAudienceIds] = useState<string[]>(activity?.audiences.map((a) => a.id) ?? []);
  const [villageCode, setVillageCode] = useState<string | null>(activity?.villageCode ?? null);
  const [address, setAddress] = useState(activity?.address ?? '');
  const [startsAt, setStartsAt] = useState(activity?.localStart ?? '');
  const [endsAt, setEndsAt] = useState(activity?.localEnd ?? '');
  const [status, setStatus] = useState<string>(markDone ? 'done' : (activity?.status ?? 'done'));
  const [attendanceCount, setAttendanceCount] = useState<string | number>(activity?.attendanceCount ?? '');
  const [attendanceList, setAttendanceList] = useState(activity?.attendanceList.join('\n') ?? '');
  const [notes, setNotes] = useState(activity?.notes ?? '');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const input: OutreachActivityInput = {
      // Editing keeps the organiser; without it the server would default to the editor's own.
      organizerId: activity?.organizerId,
      title,
      kind: (kind ?? 'sosialisasi') as OutreachActivity['kind'],
      topics: topics as (typeof OUTREACH_TOPICS)[number][],
      audienceIds,
      partnerIds,
      villageCode: villageCode ?? '',
      address: address || undefined,
      startsAt,
      endsAt: endsAt || undefined,
      status: status as 'planned' | 'done',
      attendanceCount: attendanceCount === '' ? null : Number(attendanceCount),
      attendanceList: attendanceList
        .split('\n')
        .map((line) => line.trim())
        .filter(Boolean),
      notes: notes || undefined,
    };
    if (activity) update.mutate({ ...input, expectedVersion: loadedVersion }, { onSuccess: onSaved });
    else create.mutate(input, { onSuccess: onSaved });
  };
  const fieldError = (field: string) => {
    const error = save.error;
    if (!(error instanceof ApiError)) return undefined;
    // List fields report the item ("attendanceList.3"); show the first such message on the field.
    const hit = error.fields.find((f) => f.field === field || f.field.startsWith(`${field}.`));
    if (!hit) return undefined;
    const text = errors.field(error, hit.field);
    const index = Number(hit.field.slice(field.length + 1));
    return hit.field === field || Number.isNaN(index)
      ? text
      : t('outreach.form.lineError', { line: index + 1, message: text });
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <ErrorAlert message={errors.message(save.error)} />
        <TextInput
          label={t('outreach.form.title')}
          required
          value={title}
          onChange={(e) => setTitle(e.currentTarget.value)}
          error={fieldError('title')}
        />
        <Group grow align="flex-start">
          <Select
            label={t('outreach.form.kind')}
            required
            allowDeselect={false}
            data={OUTREACH_KINDS.map((k) => ({ value: k, label: t(`outreach.kinds.${k}`) }))}
            value={kind}
            onChange={setKind}
          />
          <div>
            <Text size="sm" fw={500} id="activity-status-label">
              {t('outreach.form.status')}
            </Text>
            <SegmentedControl
              aria-labelledby="activity-status-label"
              value={status}
              onChange={setStatus}
              data={[
                { value: 'done', label: t('outreach.statuses.done') },
                { value: 'planned', label: t('outreach.statuses.planned') },
              ]}
            />
          </div>
        </Group>
        <MultiSelect
          label={t('outreach.form.topics')}
          required
          searchable
          data={OUTREACH_TOPICS.map((k) => ({ value: k, label: t(`outreach.topics.${k}`) }))}
          value={topics}
          onChange={setTopics}
          error={fieldError('topics')}
        />
        <MultiSelect
          label={t('outreach.form.audiences')}
          searchable
          data={withChosen(
            (audiences.data ?? []).map((a) => ({
              value: a.id,
              label: a.organizationName ? `${a.name} — ${a.organizationName}` : a.name,
            })),
            activity?.audiences ?? [],
          )}
          value={audienceIds}
          onChange={setAudienceIds}
          error={fieldError('audienceIds')}
        />
        {me.data?.abilities['outreach.audiences'] && (
          <AudienceAdder onAdded={(id) => setAudienceIds((ids) => [...ids, id])} />
        )}
        <MultiSelect
          label={t('outreach.form.partners')}
          searchable
          data={withChosen(
            (partners.data ?? []).map((o) => ({ value: o.id, label: o.name })),
            activity?.partners ?? [],
          )}
          value={partnerIds}
          onChange={setPartnerIds}
          error={fieldError('partnerIds') ?? fieldError('organizerId')}
        />
        <RegionPicker
          value={villageCode}
          initialLabel={activity ? `${activity.villageName} (${activity.villageCode})` : undefined}
          onChange={setVillageCode}
          error={fieldError('villageCode')}
        />
        <TextInput
          label={t('outreach.form.address')}
          value={address}
          onChange={(e) => setAddress(e.currentTarget.value)}
          error={fieldError('address')}
        />
        <Group grow align="flex-start">
          <TextInput
            type="datetime-local"
            label={t('outreach.form.startsAt')}
            description={t('outreach.form.timeZoneHelp')}
            required
            value={startsAt}
            onChange={(e) => setStartsAt(e.currentTarget.value)}
            error={fieldError('startsAt')}
          />
          <TextInput
            type="datetime-local"
            label={t('outreach.form.endsAt')}
            value={endsAt}
            onChange={(e) => setEndsAt(e.currentTarget.value)}
            error={fieldError('endsAt')}
          />
        </Group>
        <NumberInput
          label={t('outreach.form.attendanceCount')}
          min={0}
          // "Mark as done" opens the form to record the turnout first.
          autoFocus={markDone}
          value={attendanceCount}
          onChange={setAttendanceCount}
          error={fieldError('attendanceCount')}
        />
        <Textarea
          label={t('outreach.form.attendanceList')}
          autosize
          minRows={2}
          value={attendanceList}
          onChange={(e) => setAttendanceList(e.currentTarget.value)}
          error={fieldError('attendanceList')}
        />
        <Textarea
          label={t('outreach.form.notes')}
          autosize
          minRows={2}
          value={notes}
          onChange={(e) => setNotes(e.currentTarget.value)}
          error={fieldError('notes')}
        />
        {activity && <Text size="sm">{t('outreach.form.photosHint')}</Text>}
        <Group>
          <Button type="submit" loading={save.isPending}>
            {activity ? t('outreach.form.saveChanges') : t('outreach.form.save')}
          </Button>
          {activity && (
            <Button variant="default" component={Link} to={`/pencegahan/kegiatan/${activity.id}`}>
              {t('outreach.form.cancel')}
            </Button>
          )}
        </Group>
      </Stack>
    </form>
  );
}
