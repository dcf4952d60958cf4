import { Button, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../../../lib/use-error-text';
import { ErrorAlert } from '../../../ui/error-alert';
import { downloadFile, extensionOf } from '../lib/save-blob';

type Evidence = { id: string; sha256: string; mediaType: string; sizeBytes: number };

/** Evidence of a case as downloads (never shown inline: the bytes come from the public; audited). */
export function EvidenceLinks({ caseId, evidence }: { caseId: string; evidence: Evidence[] }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [error, setError] = useState<unknown>();
  if (evidence.length === 0) return <Text size="sm">{t('caseWork.evidence.none')}</Text>;
  return (
    <Stack gap="xs">
      <Group gap="xs" wrap="wrap">
        {evidence.map((e, i) => (
          <Button
            key={e.id}
            size="compact-sm"
            variant="default"
            onClick={() => {
              setError(undefined);
              downloadFile(
                `/api/cases/${caseId}/evidence/${e.id}`,
                `bukti-${i + 1}-${e.sha256.slice(0, 8)}.${extensionOf(e.mediaType)}`,
              ).catch(setError);
            }}
          >
            {t('caseWork.evidence.download', {
              n: i + 1,
              type: extensionOf(e.mediaType).toUpperCase(),
              size: Math.max(1, Math.round(e.sizeBytes / 1024)),
            })}
          </Button>
        ))}
      </Group>
      <ErrorAlert message={errorText.message(error)} />
    </Stack>
  );
}
