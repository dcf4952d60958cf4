import { Alert, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { ActivityDetail, ActivityForm, useActivity } from '../features/outreach';
import { useErrorText } from '../lib/use-error-text';
import { ErrorAlert } from '../ui/error-alert';
import { PageTitle } from '../ui/page-title';

export function OutreachActivityPage() {
  const { id } = useParams();
  return <ActivityDetail id={id ?? ''} />;
}

export function OutreachNewActivityPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <Stack>
      <PageTitle>{t('outreach.newActivity')}</PageTitle>
      <ActivityForm onSaved={(activity) => void navigate(`/pencegahan/kegiatan/${activity.id}`)} />
    </Stack>
  );
}

/** The activity form filled with the activity; `?selesai=1` opens it to mark the activity done. */
export function OutreachEditActivityPage() {
  const { t } = useTranslation();
  const errors = useErrorText();
  const navigate = useNavigate();
  const { id = '' } = useParams();
  const [search] = useSearchParams();
  const activity = useActivity(id);
  const markDone = search.get('selesai') === '1';
  const a = activity.data;
  if (!a) return <ErrorAlert message={errors.message(activity.error)} />;
  return (
    <Stack>
      <PageTitle>{t(markDone ? 'outreach.edit.markDoneTitle' : 'outreach.edit.title')}</PageTitle>
      {!a.canEdit && (
        <Alert color="red" variant="light">
          {t('outreach.edit.notAllowed')}
        </Alert>
      )}
      {markDone && (
        <Alert color="blue.9" variant="outline">
          {t('outreach.edit.markDoneHelp')}
        </Alert>
      )}
      <ActivityForm
        activity={a}
        markDone={markDone}
        onSaved={(saved) => void navigate(`/pencegahan/kegiatan/${saved.id}`)}
      />
    </Stack>
  );
}
