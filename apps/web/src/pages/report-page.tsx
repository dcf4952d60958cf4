import { Stack } from '@mantine/core';
import type { Receipt } from '@netra/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ReceiptPanel, ReportForm } from '../features/cases';
import { PageTitle } from '../ui/page-title';

/** Public "Lapor": the form, then (once) the receipt with the evidence uploads. */
export function ReportPage() {
  const { t } = useTranslation();
  const [done, setDone] = useState<{ receipt: Receipt; files: File[] }>();
  return (
    <Stack maw={760}>
      <PageTitle>{t('cases.form.title')}</PageTitle>
      {done ? (
        <ReceiptPanel kind="report" receipt={done.receipt} files={done.files} />
      ) : (
        <ReportForm onSubmitted={(receipt, files) => setDone({ receipt, files })} />
      )}
    </Stack>
  );
}
