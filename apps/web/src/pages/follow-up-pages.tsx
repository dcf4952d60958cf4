import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { FollowUpDetailView, FollowUpList } from '../features/cases';
import { PageTitle } from '../ui/page-title';

/** /tindak-lanjut: cases forwarded to the user's own agency (agency HR) or police unit. */
export function FollowUpListPage() {
  const { t } = useTranslation();
  return (
    <Stack>
      <PageTitle>{t('nav.followUp')}</PageTitle>
      <Text>{t('caseWork.followUp.intro')}</Text>
      <FollowUpList />
    </Stack>
  );
}

export function FollowUpDetailPage() {
  const { id = '' } = useParams();
  return <FollowUpDetailView key={id} id={id} />;
}
