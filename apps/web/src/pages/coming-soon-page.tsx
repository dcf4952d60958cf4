import { Alert, Stack } from '@mantine/core';
import { PageTitle } from '../ui/page-title';
import { useTranslation } from 'react-i18next';

export function ComingSoonPage({ titleKey }: { titleKey: string }) {
  const { t } = useTranslation();
  return (
    <Stack>
      <PageTitle>{t(titleKey)}</PageTitle>
      <Alert color="blue" variant="outline">
        {t('comingSoon.text')}
      </Alert>
    </Stack>
  );
}
