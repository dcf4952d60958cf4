import { Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { AuditTrail } from '../features/audit';

export function AuditPage() {
  const { t } = useTranslation();
  return (
    <Stack>
      <Title order={1}>{t('audit.title')}</Title>
      <AuditTrail />
    </Stack>
  );
}
