import { Button, Code, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import type { AuditEvent } from '@netra/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../lib/format';

const COLUMNS = 6;

function Json({ label, value }: { label: string; value: unknown }) {
  return (
    <Stack gap={2}>
      <Text size="sm" fw={600}>
        {label}
      </Text>
      <Code block className="json-block" tabIndex={0} aria-label={label}>
        {value === null || value === undefined ? '—' : JSON.stringify(value, null, 2)}
      </Code>
    </Stack>
  );
}

export function AuditRow({ event }: { event: AuditEvent }) {
  const { t, i18n } = useTranslation();
  const [isOpen, setIsOpen] = useState(false);
  const detailsId = `audit-details-${event.id}`;
  return (
    <>
      <Table.Tr>
        <Table.Td style={{ whiteSpace: 'nowrap' }}>
          {formatDateTime(event.occurredAt, i18n.language)}
        </Table.Td>
        <Table.Td>{event.actorLabel ?? event.actorUserId ?? t('audit.system')}</Table.Td>
        <Table.Td ff="monospace">{event.action}</Table.Td>
        <Table.Td>
          {event.entityId ? `${event.entityType} ${event.entityId.slice(0, 8)}` : event.entityType}
        </Table.Td>
        <Table.Td>{event.outcome}</Table.Td>
        <Table.Td>
          <Button
            size="xs"
            variant="outline"
            aria-expanded={isOpen}
            aria-controls={detailsId}
            onClick={() => setIsOpen((v) => !v)}
          >
            {isOpen ? t('audit.hideDetails') : t('audit.showDetails')}
          </Button>
        </Table.Td>
      </Table.Tr>
      {isOpen && (
        <Table.Tr id={detailsId}>
          <Table.Td colSpan={COLUMNS}>
            <SimpleGrid cols={{ base: 1, md: 2 }}>
              <Json label={t('audit.before')} value={event.before} />
              <Json label={t('audit.after')} value={event.after} />
            </SimpleGrid>
            <Text size="sm" mt="xs">
              {t('audit.region')}: {event.regionCode ?? '—'} · {t('audit.fieldsRead')}:{' '}
              {event.fieldsRead?.join(', ') ?? '—'} · {t('audit.requestId')}: {event.requestId ?? '—'}
            </Text>
            <Text size="xs" ff="monospace" style={{ wordBreak: 'break-all' }}>
              {t('audit.hash')}: {event.hash}
            </Text>
          </Table.Td>
        </Table.Tr>
      )}
    </>
  );
}
