import { Alert, Anchor, Badge, Card, Group, Image, Loader, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Capture } from '@netra/contracts';
import { formatDateTime, formatNumber } from '../../../lib/format';
import { captureFileUrl } from '../api/monitoring-api';

const STATUS_COLOR = { queued: 'blue.9', running: 'blue.9', done: 'teal.9', failed: 'red.9' } as const;

function Field({
  label,
  value,
  testId,
}: {
  label: string;
  value: string | number | null | undefined;
  testId?: string;
}) {
  return (
    <Text size="sm" style={{ overflowWrap: 'anywhere' }} data-testid={testId}>
      <b>{label}:</b> {value ?? '—'}
    </Text>
  );
}

/** A capture with its evidence metadata; while it runs, a live status (the query polls). */
export function CaptureCard({ capture }: { capture: Capture }) {
  const { t, i18n } = useTranslation();
  const running = capture.status === 'queued' || capture.status === 'running';
  return (
    <Card withBorder padding="md" data-testid="capture-card" data-status={capture.status}>
      <Stack gap="xs">
        <Group gap="xs">
          <Badge color={STATUS_COLOR[capture.status]} variant="filled">
            {t(`monitoring.capture.statuses.${capture.status}`)}
          </Badge>
          <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
            {capture.requestedUrl}
          </Text>
        </Group>
        {running && (
          <Group gap="xs" role="status">
            <Loader size="xs" />
            <Text size="sm">{t('monitoring.capture.waiting')}</Text>
          </Group>
        )}
        {capture.status === 'failed' && capture.failureReason && (
          <Alert color="red" variant="light" title={t('monitoring.capture.reason')}>
            {t(`monitoring.capture.reasons.${capture.failureReason}`)}
          </Alert>
        )}
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs">
          <Field label={t('monitoring.capture.finalUrl')} value={capture.finalUrl} />
          <Field label={t('monitoring.capture.httpStatus')} value={capture.httpStatus} />
          <Field label={t('monitoring.capture.pageTitle')} value={capture.pageTitle} />
          <Field label={t('monitoring.capture.requestedBy')} value={capture.requestedBy} />
          <Field
            label={t('monitoring.capture.requestedAt')}
            value={formatDateTime(capture.requestedAt, i18n.language)}
          />
          <Field
            label={t('monitoring.capture.capturedAt')}
            value={capture.capturedAt ? formatDateTime(capture.capturedAt, i18n.language) : null}
          />
          <Field
            label={t('monitoring.capture.capturedFrom')}
            value={
              capture.capturedFrom
                ? `${capture.capturedFrom.hostname} (${capture.capturedFrom.addresses.join(', ')})`
                : null
            }
          />
          <Field label={t('monitoring.capture.serverAddress')} value={capture.serverAddress} />
          <Field label={t('monitoring.capture.redirects')} value={capture.redirectCount} />
          <Field
            label={t('monitoring.capture.bytes')}
            value={capture.bytesReceived === null ? null : formatNumber(capture.bytesReceived, i18n.language)}
          />
          <Field label={t('monitoring.capture.userAgent')} value={capture.capturedFrom?.userAgent} />
          <Text size="sm">
            {t('monitoring.capture.limits', {
              seconds: capture.limits.timeoutMs / 1000,
              redirects: capture.limits.maxRedirects,
              bytes: formatNumber(capture.limits.maxBytes, i18n.language),
            })}
          </Text>
        </SimpleGrid>
        {capture.status === 'done' && (
          <>
            <Field
              label={t('monitoring.capture.screenshotSha')}
              value={capture.screenshotSha256}
              testId="screenshot-sha"
            />
            <Field label={t('monitoring.capture.htmlSha')} value={capture.htmlSha256} />
            <Group gap="md">
              <Anchor href={captureFileUrl(capture.id, 'screenshot')} target="_blank" rel="noopener">
                {t('monitoring.capture.downloadScreenshot')}
              </Anchor>
              <Anchor href={captureFileUrl(capture.id, 'html')}>
                {t('monitoring.capture.downloadHtml')}
              </Anchor>
            </Group>
            <Image
              src={captureFileUrl(capture.id, 'screenshot')}
              alt={t('monitoring.capture.screenshotAlt', { url: capture.finalUrl ?? capture.requestedUrl })}
              mah={480}
              fit="contain"
              radius="sm"
              style={{ border: '1px solid var(--mantine-color-gray-4)', objectPosition: 'top' }}
            />
          </>
        )}
      </Stack>
    </Card>
  );
}
