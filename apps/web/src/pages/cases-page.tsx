import { Anchor, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMe } from '../features/auth';
import { CaseList } from '../features/cases';
import { PageTitle } from '../ui/page-title';

export function CasesPage() {
  const { t } = useTranslation();
  const me = useMe();
  return (
    <Stack>
      <PageTitle>{t('nav.cases')}</PageTitle>
      <Text>{t('cases.listIntro')}</Text>
      <Group gap="lg">
        <Anchor component={Link} to="/perkara/informasi-awal">
          {t('caseWork.links.tips')}
        </Anchor>
        {me.data?.abilities['supervision.file'] && (
          <Anchor component={Link} to="/perkara/form-a">
            {t('caseWork.links.formA')}
          </Anchor>
        )}
      </Group>
      <CaseList />
    </Stack>
  );
}
