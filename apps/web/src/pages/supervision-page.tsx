import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { SupervisionResultForm, SupervisionResultList } from '../features/cases';
import { PageTitle } from '../ui/page-title';

/** /perkara/form-a: field supervision results (Form A) and their promotion to findings. */
export function SupervisionPage() {
  const { t } = useTranslation();
  return (
    <Stack>
      <PageTitle>{t('caseWork.formA.title')}</PageTitle>
      <Text>{t('caseWork.formA.intro')}</Text>
      <SupervisionResultForm />
      <SupervisionResultList />
    </Stack>
  );
}
