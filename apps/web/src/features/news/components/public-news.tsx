import { Anchor, Card, Group, Image, Stack, Text, Title } from '@mantine/core';
import type { NewsArticleSummary } from '@netra/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTime } from '../../../lib/format';
import { useErrorText } from '../../../lib/use-error-text';
import { ErrorAlert } from '../../../ui/error-alert';
import { Pager } from '../../../ui/pager';
import { PageTitle } from '../../../ui/page-title';
import { localTimeText } from '../../outreach/components/local-time';
import { usePublicArticle, usePublicArticles } from '../api/news-api';

function ArticleCard({ article }: { article: NewsArticleSummary }) {
  const { i18n } = useTranslation();
  return (
    <Card withBorder padding="sm">
      <Group align="flex-start" wrap="nowrap">
        {article.coverUrl && <Image src={article.coverUrl} alt="" w={120} h={80} fit="cover" radius="sm" />}
        <Stack gap={4}>
          <Anchor component={Link} to={`/berita/${article.slug}`} fw={600}>
            {article.title}
          </Anchor>
          <Text size="xs" c="dimmed">
            {article.publishedAt && formatDateTime(article.publishedAt, i18n.language)}
          </Text>
          <Text size="sm" lineClamp={2}>
            {article.lead}
          </Text>
        </Stack>
      </Group>
    </Card>
  );
}

export function PublicNewsList() {
  const { t } = useTranslation();
  const errors = useErrorText();
  const [page, setPage] = useState(1);
  const articles = usePublicArticles(page);
  return (
    <Stack>
      <Group justify="space-between">
        <PageTitle>{t('news.public.title')}</PageTitle>
        <Anchor href="/api/public/news/feed.xml">{t('news.public.feed')}</Anchor>
      </Group>
      <Text>{t('news.public.intro')}</Text>
      <ErrorAlert message={errors.message(articles.error)} />
      {articles.data?.items.length === 0 && <Text>{t('news.public.empty')}</Text>}
      {articles.data?.items.map((a) => (
        <ArticleCard key={a.id} article={a} />
      ))}
      {articles.data && (
        <Pager page={page} pageSize={articles.data.pageSize} total={articles.data.total} onChange={setPage} />
      )}
    </Stack>
  );
}

export function PublicArticle({ slug }: { slug: string }) {
  const { t, i18n } = useTranslation();
  const errors = useErrorText();
  const article = usePublicArticle(slug);
  const a = article.data;
  if (!a) return <ErrorAlert message={errors.message(article.error)} />;
  return (
    <Stack>
      <Anchor component={Link} to="/berita">
        {t('news.public.back')}
      </Anchor>
      <article>
        <Stack>
          <PageTitle>{a.title}</PageTitle>
          <Text size="sm" c="dimmed">
            {a.publishedAt && formatDateTime(a.publishedAt, i18n.language)} · {a.organizationName} ·{' '}
            {t('news.public.by', { name: a.authorName })}
          </Text>
          <Text fw={500}>{a.lead}</Text>
          {a.photos.map((p) => (
            <figure key={p.id} style={{ margin: 0 }}>
              <Image src={p.url} alt={p.caption || a.title} radius="sm" />
              <Text component="figcaption" size="sm" c="dimmed">
                {p.caption}
                {a.photographerName ? ` (${t('news.public.photoBy', { name: a.photographerName })})` : ''}
              </Text>
            </figure>
          ))}
          {/* Sanitised on the server (sanitize-html, a safe subset) before it was stored. */}
          <div className="article-body" dangerouslySetInnerHTML={{ __html: a.bodyHtml }} />
          {a.relatedActivities.length > 0 && (
            <Stack gap={4}>
              <Title order={2} size="h4">
                {t('news.public.related')}
              </Title>
              {a.relatedActivities.map((r) => (
                <Text key={r.id} size="sm">
                  {r.title} — {r.villageName}, {r.districtName} (
                  {localTimeText(r.localStart, r.timeZone, i18n.language)})
                </Text>
              ))}
            </Stack>
          )}
        </Stack>
      </article>
      <aside aria-labelledby="berita-lainnya">
        <Stack gap="xs">
          <Title order={2} size="h3" id="berita-lainnya">
            {t('news.public.others')}
          </Title>
          {a.others.map((o) => (
            <Text key={o.id} size="sm">
              <Anchor component={Link} to={`/berita/${o.slug}`}>
                {o.title}
              </Anchor>{' '}
              <Text span size="xs" c="dimmed">
                {o.publishedAt && formatDateTime(o.publishedAt, i18n.language)}
              </Text>
            </Text>
          ))}
        </Stack>
      </aside>
    </Stack>
  );
}
