import { Accordion, Anchor, Center, Group, Loader, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useMe } from '../features/auth';
import {
  AppealDetailView,
  AppealForm,
  AppealList,
  AttendanceUpload,
  useAppeal,
  useMyAgencyAppeals,
} from '../features/appeals';
import { useErrorText } from '../lib/use-error-text';
import { ErrorAlert } from '../ui/error-alert';
import { PageTitle } from '../ui/page-title';

const Loading = () => (
  <Center p="xl">
    <Loader />
  </Center>
);

export function AppealsPage() {
  const { t } = useTranslation();
  const me = useMe();
  return (
    <Stack>
      <PageTitle>{t('appeals.title')}</PageTitle>
      <Text>{t('appeals.intro')}</Text>
      {me.data?.abilities['appeals.manage'] && (
        <Group>
          <Anchor component={Link} to="/pencegahan/imbauan/baru">
            {t('appeals.newAppeal')}
          </Anchor>
        </Group>
      )}
      <AppealList />
    </Stack>
  );
}

export function AppealNewPage() {
  const { t } = useTranslation();
  return (
    <Stack>
      <PageTitle>{t('appeals.newAppeal')}</PageTitle>
      <AppealForm />
    </Stack>
  );
}

export function AppealEditPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const appeal = useAppeal(id);
  const errors = useErrorText();
  return (
    <Stack>
      <PageTitle>{t('appeals.editAppeal')}</PageTitle>
      <ErrorAlert message={errors.message(appeal.error)} />
      {appeal.isLoading && <Loading />}
      {appeal.data && <AppealForm appeal={appeal.data} />}
    </Stack>
  );
}

export function AppealPage() {
  const { id } = useParams();
  const appeal = useAppeal(id);
  const errors = useErrorText();
  const { t } = useTranslation();
  return (
    <Stack>
      <PageTitle>
        {appeal.data ? `${t('appeals.title')} ${appeal.data.number}` : t('appeals.title')}
      </PageTitle>
      <ErrorAlert message={errors.message(appeal.error)} />
      {appeal.isLoading && <Loading />}
      {appeal.data && <AppealDetailView appeal={appeal.data} />}
    </Stack>
  );
}

/** Agency HR: the appeals sent to their agency and the attendance-list upload for each. */
export function AppealAttendancePage() {
  const { t } = useTranslation();
  const appeals = useMyAgencyAppeals();
  const errors = useErrorText();
  return (
    <Stack>
      <PageTitle>{t('appeals.attendance.title')}</PageTitle>
      <Text>{t('appeals.attendance.intro')}</Text>
      <ErrorAlert message={errors.message(appeals.error)} />
      {appeals.data && appeals.data.items.length === 0 && <Text>{t('appeals.attendance.none')}</Text>}
      <Accordion variant="separated">
        {appeals.data?.items.map((a) => (
          <Accordion.Item key={a.id} value={a.id}>
            <Accordion.Control>
              {a.number} — {a.subject} ({a.acknowledged}/{a.sent})
            </Accordion.Control>
            <Accordion.Panel>
              <AttendanceUpload appealId={a.id} />
            </Accordion.Panel>
          </Accordion.Item>
        ))}
      </Accordion>
    </Stack>
  );
}
