import { Button, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../../../lib/use-error-text';
import { ErrorAlert } from '../../../ui/error-alert';
import { ScrollTable } from '../../../ui/scroll-table';
import { EMPTY_AUDIT_FILTERS, useAuditEvents, type AuditFilters } from '../api/audit-api';
import { AuditFiltersForm } from './audit-filters-form';
import { AuditRow } from './audit-row';

export function AuditTrail() {
  const { t } = useTranslation();
  const errors = useErrorText();
  const [filters, setFilters] = useState<AuditFilters>(EMPTY_AUDIT_FILTERS);
  const events = useAuditEvents(filters);
  const items = events.data?.pages.flatMap((p) => p.items) ?? [];
  const fieldErrors = {
    action: errors.field(events.error, 'action'),
    entityType: errors.field(events.error, 'entityType'),
    actorUserId: errors.field(events.error, 'actorUserId'),
    from: errors.field(events.error, 'from'),
    to: errors.field(events.error, 'to'),
  };

  return (
    <Stack>
      <AuditFiltersForm fieldErrors={fieldErrors} onApply={setFilters} />
      <ErrorAlert message={errors.message(events.error)} />
      <ScrollTable minWidth={820} caption={t('audit.title')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('audit.time')}</Table.Th>
            <Table.Th>{t('audit.who')}</Table.Th>
            <Table.Th>{t('audit.what')}</Table.Th>
            <Table.Th>{t('audit.entity')}</Table.Th>
            <Table.Th>{t('audit.outcome')}</Table.Th>
            <Table.Th>{t('audit.details')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((event) => (
            <AuditRow key={event.id} event={event} />
          ))}
        </Table.Tbody>
      </ScrollTable>
      {events.isSuccess && items.length === 0 && <Text>{t('common.empty')}</Text>}
      {events.hasNextPage && (
        <Button
          variant="outline"
          onClick={() => void events.fetchNextPage()}
          loading={events.isFetchingNextPage}
          style={{ alignSelf: 'center' }}
        >
          {t('common.loadMore')}
        </Button>
      )}
    </Stack>
  );
}
