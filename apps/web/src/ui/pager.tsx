import { Group, Pagination, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

const CONTROL_KEYS = {
  first: 'common.firstPage',
  previous: 'common.previousPage',
  next: 'common.nextPage',
  last: 'common.lastPage',
} as const;

type PagerProps = { page: number; pageSize: number; total: number; onChange: (page: number) => void };

export function Pager({ page, pageSize, total, onChange }: PagerProps) {
  const { t } = useTranslation();
  const pages = Math.max(1, Math.ceil(total / pageSize));
  return (
    <Group justify="space-between" wrap="wrap" gap="xs">
      <Text size="sm">{t('common.total', { count: total })}</Text>
      {pages > 1 && (
        <nav aria-label={t('common.pagination')}>
          <Pagination
            value={page}
            total={pages}
            onChange={onChange}
            size="sm"
            siblings={0}
            getItemProps={(item) => ({ 'aria-label': t('common.pageNumber', { page: item }) })}
            getControlProps={(control) => ({ 'aria-label': t(CONTROL_KEYS[control]) })}
          />
        </nav>
      )}
    </Group>
  );
}
