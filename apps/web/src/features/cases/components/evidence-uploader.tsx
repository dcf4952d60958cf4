import { Badge, Button, FileButton, Group, List, Stack, Text } from '@mantine/core';
import type { Receipt } from '@netra/contracts';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../../../lib/use-error-text';
import { uploadEvidence, type ReceiptKind } from '../api/public-api';
import { checkEvidenceFile, EVIDENCE_ACCEPT, formatSize } from '../lib/evidence';

type Item = { key: number; file: File; state: 'waiting' | 'uploading' | 'done' | 'failed'; message?: string };

/** Uploads evidence files one by one after the receipt exists; each file shows its own result. */
export function EvidenceUploader({
  kind,
  receipt,
  initialFiles,
}: {
  kind: ReceiptKind;
  receipt: Receipt;
  initialFiles: File[];
}) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const nextKey = useRef(0);
  const [items, setItems] = useState<Item[]>([]);
  const started = useRef(false);

  const update = (key: number, patch: Partial<Item>) =>
    setItems((all) => all.map((item) => (item.key === key ? { ...item, ...patch } : item)));

  const upload = async (item: Item) => {
    update(item.key, { state: 'uploading', message: undefined });
    try {
      await uploadEvidence(kind, receipt, item.file);
      update(item.key, { state: 'done' });
    } catch (error) {
      update(item.key, { state: 'failed', message: errorText.message(error) });
    }
  };

  const add = async (files: File[]) => {
    const fresh = files.map((file): Item => {
      const problem = checkEvidenceFile(file);
      return {
        key: nextKey.current++,
        file,
        state: problem ? 'failed' : 'waiting',
        message: problem ? t(`cases.form.${problem.key}`, { maxMb: problem.maxMb }) : undefined,
      };
    });
    setItems((all) => [...all, ...fresh]);
    for (const item of fresh) if (item.state === 'waiting') await upload(item);
  };

  useEffect(() => {
    if (started.current) return;
    started.current = true;
    if (initialFiles.length > 0) void add(initialFiles);
    // Runs once for the files chosen in the form.
  }, []);

  const color = { waiting: 'gray', uploading: 'blue', done: 'teal', failed: 'red' } as const;
  return (
    <Stack gap="xs">
      {items.length > 0 && (
        <List listStyleType="none" spacing="xs" aria-label={t('cases.evidence.listLabel')}>
          {items.map((item) => (
            <List.Item key={item.key} data-testid="evidence-item">
              <Group gap="xs" wrap="wrap">
                <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                  {item.file.name} ({formatSize(item.file.size)})
                </Text>
                <Badge color={`${color[item.state]}.9`} variant="outline">
                  {t(`cases.evidence.${item.state}`)}
                </Badge>
                {item.state === 'failed' && !checkEvidenceFile(item.file) && (
                  <Button size="compact-xs" variant="default" onClick={() => void upload(item)}>
                    {t('common.retry')}
                  </Button>
                )}
              </Group>
              {item.message && (
                <Text size="sm" c="red.9" role="alert">
                  {item.message}
                </Text>
              )}
            </List.Item>
          ))}
        </List>
      )}
      <Group>
        <FileButton multiple accept={EVIDENCE_ACCEPT} onChange={(files) => void add(files)}>
          {(props) => (
            <Button variant="default" {...props}>
              {t('cases.evidence.addMore')}
            </Button>
          )}
        </FileButton>
      </Group>
    </Stack>
  );
}
