import { Alert, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export function ComingSoonPage({ titleKey }: { titleKey: string }) {
  const { t } = useTranslation();
  return (
    <Stack>
      <Title order={1}>{t(titleKey)}</Title>
      <Alert color="blue" variant="outline">
        {t('comingSoon.text')}
      </Alert>
    </Stack>
  );
}
