import { Stack } from '@mantine/core';
import { PageTitle } from '../ui/page-title';
import { useTranslation } from 'react-i18next';
import { AuditTrail } from '../features/audit';

export function AuditPage() {
  const { t } = useTranslation();
  return (
    <Stack>
      <PageTitle>{t('audit.title')}</PageTitle>
      <AuditTrail />
    </Stack>
  );
}
