import { Alert, Anchor, List, Stack, Text } from '@mantine/core';
import type { FactStatus } from '@netra/rules';
import { useTranslation } from 'react-i18next';
import { useBilingual } from '../../../lib/use-bilingual';

/** The warning for a disputed (each reading with its sources) or unverified entry; nothing when verified. */
export function RuleStatusAlert({ status }: { status: FactStatus }) {
  const { t } = useTranslation();
  const text = useBilingual();
  if (status.kind === 'verified') return null;
  const title = (
    <Text fw={700} c="dark.9" inherit>
      {status.kind === 'disputed' ? t('rules.disputedTitle') : t('rules.unverifiedTitle')}
    </Text>
  );
  return (
    <Alert color="yellow" variant="light" title={title} data-testid={`rule-status-${status.kind}`}>
      {status.kind === 'unverified' ? (
        <Text size="sm">{text(status.reason)}</Text>
      ) : (
        <Stack gap="xs">
          <Text size="sm">{text(status.note)}</Text>
          <Text size="sm" fw={700}>
            {t('rules.readings')}
          </Text>
          <List size="sm" spacing={4}>
            {status.readings.map((reading) => (
              <List.Item key={reading.label.id}>
                {text(reading.label)}{' '}
                {reading.sources.map((source, index) => (
                  <Anchor key={source} href={source} target="_blank" rel="noreferrer" size="sm" mr={6}>
                    {t('rules.sourceN', { n: index + 1 })}
                  </Anchor>
                ))}
              </List.Item>
            ))}
          </List>
        </Stack>
      )}
    </Alert>
  );
}
