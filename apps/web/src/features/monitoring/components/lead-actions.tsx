import { Button, Checkbox, Group, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { LeadDetail } from '@netra/contracts';
import { useErrorText } from '../../../lib/use-error-text';
import { AppModal } from '../../../ui/app-modal';
import { ErrorAlert } from '../../../ui/error-alert';
import { useLeadAction } from '../api/monitoring-api';

type Dialog = 'confirm' | 'reject' | 'dismiss' | 'promote' | null;
const today = () => new Date().toISOString().slice(0, 10);

/** The desk's actions on one lead; each names the status the supervisor saw. */
export function LeadActions({ lead }: { lead: LeadDetail }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const action = useLeadAction(lead.id);
  const [dialog, setDialog] = useState<Dialog>(null);
  const [text, setText] = useState('');
  const [captureUrl, setCaptureUrl] = useState('');
  const open = (d: Dialog) => {
    action.reset();
    setText('');
    setDialog(d);
  };
  const active = lead.status === 'open' || lead.status === 'confirmed';
  if (!lead.abilities.canHandle || !active) return null;
  const hasIdentity = lead.asnRecord !== null;
  const needsConfirm = hasIdentity && lead.status === 'open' && !lead.identityConfirmed;
  const postUrl = (lead.evidence as { url?: string }).url;

  const submitReason = (event: FormEvent) => {
    event.preventDefault();
    const expectedStatus = lead.status;
    const done = { onSuccess: () => setDialog(null) };
    if (dialog === 'confirm')
      action.mutate({ name: 'confirm', body: { expectedStatus, note: text.trim() || undefined } }, done);
    else if (dialog === 'reject' || dialog === 'dismiss')
      action.mutate({ name: dialog, body: { expectedStatus, reason: text.trim() } }, done);
  };

  return (
    <Stack gap="sm">
      <Group wrap="wrap" gap="sm">
        {hasIdentity && lead.status === 'open' && (
          <>
            <Button onClick={() => open('confirm')}>{t('monitoring.lead.confirm')}</Button>
            <Button variant="default" onClick={() => open('reject')}>
              {t('monitoring.lead.reject')}
            </Button>
          </>
        )}
        <Button
          variant="default"
          loading={action.isPending && action.variables?.name === 'captures'}
          disabled={!postUrl && !captureUrl.trim()}
          onClick={() =>
            action.mutate(
              { name: 'captures', body: { url: captureUrl.trim() || undefined } },
              { onSuccess: () => setCaptureUrl('') },
            )
          }
        >
          {t('monitoring.lead.capture')}
        </Button>
        {lead.abilities.canPromote && (
          <Button color="grape" onClick={() => open('promote')} disabled={needsConfirm}>
            {t('monitoring.lead.promote')}
          </Button>
        )}
        <Button variant="default" onClick={() => open('dismiss')}>
          {t('monitoring.lead.dismiss')}
        </Button>
      </Group>
      <TextInput
        type="url"
        label={t('monitoring.lead.captureUrl')}
        description={postUrl ? t('monitoring.lead.captureUrlHelp', { url: postUrl }) : undefined}
        value={captureUrl}
        onChange={(e) => setCaptureUrl(e.currentTarget.value)}
        error={errorText.field(action.error, 'url')}
        maw={640}
      />
      {lead.abilities.canPromote && needsConfirm && (
        <Text size="sm">{t('monitoring.lead.promoteNeedsConfirm')}</Text>
      )}
      {dialog === null && <ErrorAlert message={action.error ? errorText.message(action.error) : undefined} />}

      <AppModal
        opened={dialog === 'confirm' || dialog === 'reject' || dialog === 'dismiss'}
        onClose={() => setDialog(null)}
        title={dialog ? t(`monitoring.lead.${dialog}`) : ''}
      >
        <form onSubmit={submitReason}>
          <Stack gap="sm">
            {dialog === 'reject' && <Text size="sm">{t('monitoring.lead.rejectHelp')}</Text>}
            <Textarea
              label={dialog === 'confirm' ? t('monitoring.lead.note') : t('monitoring.lead.reason')}
              required={dialog !== 'confirm'}
              minLength={dialog === 'confirm' ? undefined : 3}
              autosize
              minRows={2}
              value={text}
              onChange={(e) => setText(e.currentTarget.value)}
              error={errorText.field(action.error, dialog === 'confirm' ? 'note' : 'reason')}
            />
            <ErrorAlert message={action.error ? errorText.message(action.error) : undefined} />
            <Group justify="flex-end">
              <Button variant="subtle" onClick={() => setDialog(null)}>
                {t('common.cancel')}
              </Button>
              <Button type="submit" loading={action.isPending}>
                {t('monitoring.lead.submit')}
              </Button>
            </Group>
          </Stack>
        </form>
      </AppModal>
      {dialog === 'promote' && <PromoteDialog lead={lead} onClose={() => setDialog(null)} />}
    </Stack>
  );
}

/** The finding form, pre-filled from the lead; the supervisor adds the assignment letter. */
function PromoteDialog({ lead, onClose }: { lead: LeadDetail; onClose: () => void }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const action = useLeadAction(lead.id);
  const done = lead.captures.filter((c) => c.status === 'done');
  const [form, setForm] = useState({
    foundOn: today(),
    assignmentLetterNumber: '',
    officerPosition: '',
    summary: lead.prefill.summary,
    narrative: lead.prefill.narrative,
  });
  const [captureIds, setCaptureIds] = useState<string[]>(done.map((c) => c.id));
  const field = (key: keyof typeof form) => ({
    value: form[key],
    onChange: (e: { currentTarget: { value: string } }) => {
      const value = e.currentTarget.value;
      setForm((f) => ({ ...f, [key]: value }));
    },
    error: errorText.field(action.error, key),
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    action.mutate(
      { name: 'promote', body: { expectedStatus: lead.status, ...form, captureIds } },
      { onSuccess: onClose },
    );
  };
  return (
    <AppModal opened onClose={onClose} title={t('monitoring.lead.promote')} size="lg">
      <form onSubmit={submit}>
        <Stack gap="sm">
          <Text size="sm">{t('monitoring.lead.promoteHelp')}</Text>
          <TextInput type="date" label={t('monitoring.lead.foundOn')} required {...field('foundOn')} />
          <TextInput label={t('monitoring.lead.letter')} required {...field('assignmentLetterNumber')} />
          <TextInput label={t('monitoring.lead.officerPosition')} required {...field('officerPosition')} />
          <TextInput label={t('monitoring.lead.findingSummary')} required {...field('summary')} />
          <Textarea
            label={t('monitoring.lead.narrative')}
            required
            autosize
            minRows={5}
            {...field('narrative')}
          />
          <Stack gap={4}>
            <Text size="sm" fw={500}>
              {t('monitoring.lead.attach')}
            </Text>
            {done.length === 0 && <Text size="sm">{t('monitoring.lead.noDoneCaptures')}</Text>}
            {done.map((c) => (
              <Checkbox
                key={c.id}
                label={`${c.finalUrl ?? c.requestedUrl} (${c.screenshotSha256?.slice(0, 12)}…)`}
                checked={captureIds.includes(c.id)}
                onChange={(e) => {
                  const checked = e.currentTarget.checked;
                  setCaptureIds((ids) => (checked ? [...ids, c.id] : ids.filter((x) => x !== c.id)));
                }}
              />
            ))}
          </Stack>
          <ErrorAlert message={action.error ? errorText.message(action.error) : undefined} />
          <Group justify="flex-end">
            <Button variant="subtle" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" color="grape" loading={action.isPending}>
              {t('monitoring.lead.promote')}
            </Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}
