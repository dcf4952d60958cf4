import { Anchor, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { CaptureDetail, CaptureForm, RecentCaptures } from '../features/monitoring';
import { PageTitle } from '../ui/page-title';

export function MonitoringCapturePage() {
  const { t } = useTranslation();
  return (
    <Stack>
      <PageTitle>{t('monitoring.capture.title')}</PageTitle>
      <Text>{t('monitoring.capture.intro')}</Text>
      <CaptureForm />
      <RecentCaptures />
    </Stack>
  );
}

export function MonitoringCaptureDetailPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  return (
    <Stack>
      <Anchor component={Link} to="/pemantauan/tangkapan" size="sm">
        ← {t('monitoring.capture.title')}
      </Anchor>
      <PageTitle>{t('monitoring.capture.detailTitle')}</PageTitle>
      <CaptureDetail key={id} id={id} />
    </Stack>
  );
}
