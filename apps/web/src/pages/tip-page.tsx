import { Stack } from '@mantine/core';
import type { Receipt } from '@netra/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ReceiptPanel, TipForm } from '../features/cases';
import { PageTitle } from '../ui/page-title';

/** Public "Informasi awal": an anonymous tip, then (once) its receipt and evidence uploads. */
export function TipPage() {
  const { t } = useTranslation();
  const [done, setDone] = useState<{ receipt: Receipt; files: File[] }>();
  return (
    <Stack maw={760}>
      <PageTitle>{t('cases.tip.title')}</PageTitle>
      {done ? (
        <ReceiptPanel kind="tip" receipt={done.receipt} files={done.files} />
      ) : (
        <TipForm onSubmitted={(receipt, files) => setDone({ receipt, files })} />
      )}
    </Stack>
  );
}
