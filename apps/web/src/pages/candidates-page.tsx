import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useMe } from '../features/auth';
import { CandidatesPanel } from '../features/candidates';
import { PageTitle } from '../ui/page-title';

/** The bundled demo election; pairs of other elections are added by id through the import. */
const DEFAULT_ELECTION = 'pilbup-bengkalis-2024';

export function CandidatesPage() {
  const { t } = useTranslation();
  const me = useMe();
  return (
    <Stack>
      <PageTitle>{t('registry.candidates.title')}</PageTitle>
      <Text>{t('registry.candidates.intro')}</Text>
      <CandidatesPanel
        canManage={Boolean(me.data?.abilities['candidates.manage'])}
        electionId={DEFAULT_ELECTION}
      />
    </Stack>
  );
}
