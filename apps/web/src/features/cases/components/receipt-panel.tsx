import { Alert, Button, Code, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { Receipt } from '@netra/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '../../../ui/error-alert';
import { useErrorText } from '../../../lib/use-error-text';
import { downloadReceiptPdf, type ReceiptKind } from '../api/public-api';
import { EvidenceUploader } from './evidence-uploader';

/** Shown once after submitting: the code and the secret (never stored), the PDF, then the evidence. */
export function ReceiptPanel({
  kind,
  receipt,
  files,
}: {
  kind: ReceiptKind;
  receipt: Receipt;
  files: File[];
}) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [downloadError, setDownloadError] = useState<unknown>();
  const [isDownloading, setIsDownloading] = useState(false);

  const handleDownload = async () => {
    setDownloadError(undefined);
    setIsDownloading(true);
    try {
      const blob = await downloadReceiptPdf(receipt);
      const url = URL.createObjectURL(blob);
      const link = document.createElement('a');
      link.href = url;
      link.download = `tanda-terima-${receipt.receiptCode}.pdf`;
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
    } catch (error) {
      setDownloadError(error);
    } finally {
      setIsDownloading(false);
    }
  };

  return (
    <Stack>
      <Alert color="teal.9" variant="outline" role="status" title={t(`cases.receipt.${kind}Received`)}>
        {t('cases.receipt.intro')}
      </Alert>
      <Paper withBorder p="md" radius="md">
        <Stack gap="sm">
          <div>
            <Text size="sm" fw={600} id="receipt-code-label">
              {t('cases.receipt.code')}
            </Text>
            <Code block fz="xl" fw={700} data-testid="receipt-code" aria-labelledby="receipt-code-label">
              {receipt.receiptCode}
            </Code>
          </div>
          <div>
            <Text size="sm" fw={600} id="receipt-secret-label">
              {t('cases.receipt.secret')}
            </Text>
            <Code
              block
              fz="xl"
              fw={700}
              data-testid="tracking-secret"
              aria-labelledby="receipt-secret-label"
              style={{ overflowWrap: 'anywhere', whiteSpace: 'pre-wrap' }}
            >
              {receipt.trackingSecret}
            </Code>
          </div>
          <Alert color="red.9" variant="outline" title={t('cases.receipt.warningTitle')}>
            {t('cases.receipt.warning')}
          </Alert>
          <Group>
            <Button onClick={() => void handleDownload()} loading={isDownloading}>
              {t('cases.receipt.download')}
            </Button>
          </Group>
          <ErrorAlert message={errorText.message(downloadError)} />
        </Stack>
      </Paper>
      <Title order={2} size="h3">
        {t('cases.evidence.title')}
      </Title>
      <Text size="sm">{t('cases.evidence.afterReceipt')}</Text>
      <EvidenceUploader kind={kind} receipt={receipt} initialFiles={files} />
      <Group>
        <Button component={Link} to="/lacak" variant="outline">
          {t('cases.receipt.toTracking')}
        </Button>
      </Group>
    </Stack>
  );
}
