import { Anchor, Badge, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTime } from '../../../lib/format';
import { useErrorText } from '../../../lib/use-error-text';
import { ErrorAlert } from '../../../ui/error-alert';
import { Pager } from '../../../ui/pager';
import { ScrollTable } from '../../../ui/scroll-table';
import { useArticles } from '../api/news-api';

/** Drafts and published articles of the actor's area, most recently changed first. */
export function ArticleList() {
  const { t, i18n } = useTranslation();
  const errors = useErrorText();
  const [page, setPage] = useState(1);
  const articles = useArticles(page);
  const data = articles.data;
  return (
    <Stack>
      <ErrorAlert message={errors.message(articles.error)} />
      {data && data.items.length === 0 && <Text>{t('news.empty')}</Text>}
      {data && data.items.length > 0 && (
        <ScrollTable minWidth={600} caption={t('news.editorTitle')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('news.columns.title')}</Table.Th>
              <Table.Th>{t('news.columns.status')}</Table.Th>
              <Table.Th>{t('news.columns.updated')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {data.items.map((a) => (
              <Table.Tr key={a.id}>
                <Table.Td>
                  <Anchor component={Link} to={`/pencegahan/berita/${a.id}`}>
                    {a.title}
                  </Anchor>
                </Table.Td>
                <Table.Td>
                  <Badge color={a.status === 'published' ? '#1b5e20' : 'gray.9'} variant="outline">
                    {t(`news.statuses.${a.status}`)}
                  </Badge>
                </Table.Td>
                <Table.Td>{formatDateTime(a.updatedAt, i18n.language)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </ScrollTable>
      )}
      {data && <Pager page={page} pageSize={data.pageSize} total={data.total} onChange={setPage} />}
    </Stack>
  );
}
