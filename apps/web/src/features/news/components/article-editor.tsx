import {
  Anchor,
  Button,
  Group,
  Image,
  MultiSelect,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import type { NewsArticle } from '@netra/contracts';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useErrorText } from '../../../lib/use-error-text';
import { ErrorAlert } from '../../../ui/error-alert';
import { SuccessAlert } from '../../../ui/success-alert';
import { PhotoUploader, localTimeText, useActivities } from '../../outreach';
import { useArticle, useSaveArticle, useSetArticleStatus, useUploadArticlePhoto } from '../api/news-api';

type Draft = {
  title: string;
  lead: string;
  bodyHtml: string;
  authorName: string;
  photographerName: string;
  tags: string;
  relatedActivityIds: string[];
};
const EMPTY: Draft = {
  title: '',
  lead: '',
  bodyHtml: '',
  authorName: '',
  photographerName: '',
  tags: '',
  relatedActivityIds: [],
};
const draftOf = (a: NewsArticle): Draft => ({
  title: a.title,
  lead: a.lead,
  bodyHtml: a.bodyHtml,
  authorName: a.authorName,
  photographerName: a.photographerName ?? '',
  tags: a.tags.join(', '),
  relatedActivityIds: a.relatedActivities.map((r) => r.id),
});

/** Writes a new article (no id) or edits one; photos and publishing once it has been saved. */
export function ArticleEditor({ id, onCreated }: { id?: string; onCreated: (article: NewsArticle) => void }) {
  const { t, i18n } = useTranslation();
  const errors = useErrorText();
  const article = useArticle(id);
  const save = useSaveArticle(id);
  const activities = useActivities({ pageSize: 200 });
  const [draft, setDraft] = useState<Draft>(EMPTY);
  const [saved, setSaved] = useState(false);
  useEffect(() => {
    if (article.data) setDraft(draftOf(article.data));
  }, [article.data]);
  const set = (patch: Partial<Draft>) => setDraft((d) => ({ ...d, ...patch }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    save.mutate(
      {
        ...draft,
        photographerName: draft.photographerName || undefined,
        tags: draft.tags
          .split(',')
          .map((s) => s.trim())
          .filter(Boolean),
      },
      {
        onSuccess: (result) => {
          setSaved(true);
          if (!id) onCreated(result);
        },
      },
    );
  };
  const field = (name: string) => errors.field(save.error, name);
  const activityOptions = (activities.data?.items ?? []).map((a) => ({
    value: a.id,
    label: `${a.title} — ${a.villageName}, ${localTimeText(a.localStart, a.timeZone, i18n.language)}`,
  }));
  return (
    <Stack>
      <form onSubmit={submit} noValidate>
        <Stack>
          <ErrorAlert message={errors.message(save.error)} />
          {saved && <SuccessAlert message={t('news.form.saved')} onClose={() => setSaved(false)} />}
          <TextInput
            label={t('news.form.title')}
            required
            value={draft.title}
            error={field('title')}
            onChange={(e) => set({ title: e.currentTarget.value })}
          />
          <Textarea
            label={t('news.form.lead')}
            required
            autosize
            minRows={2}
            value={draft.lead}
            error={field('lead')}
            onChange={(e) => set({ lead: e.currentTarget.value })}
          />
          <Textarea
            label={t('news.form.body')}
            required
            autosize
            minRows={8}
            value={draft.bodyHtml}
            error={field('bodyHtml')}
            onChange={(e) => set({ bodyHtml: e.currentTarget.value })}
          />
          <Group grow align="flex-start">
            <TextInput
              label={t('news.form.authorName')}
              required
              value={draft.authorName}
              error={field('authorName')}
              onChange={(e) => set({ authorName: e.currentTarget.value })}
            />
            <TextInput
              label={t('news.form.photographerName')}
              value={draft.photographerName}
              onChange={(e) => set({ photographerName: e.currentTarget.value })}
            />
          </Group>
          <TextInput
            label={t('news.form.tags')}
            value={draft.tags}
            onChange={(e) => set({ tags: e.currentTarget.value })}
          />
          <MultiSelect
            label={t('news.form.activities')}
            searchable
            data={activityOptions}
            value={draft.relatedActivityIds}
            onChange={(ids) => set({ relatedActivityIds: ids })}
          />
          <Group>
            <Button type="submit" loading={save.isPending}>
              {t('news.form.save')}
            </Button>
          </Group>
        </Stack>
      </form>
      {id && article.data && <SavedArticleTools article={article.data} />}
    </Stack>
  );
}

function SavedArticleTools({ article }: { article: NewsArticle }) {
  const { t } = useTranslation();
  const errors = useErrorText();
  const status = useSetArticleStatus(article.id);
  const upload = useUploadArticlePhoto(article.id);
  const isPublished = article.status === 'published';
  return (
    <Stack>
      <Title order={2} size="h3">
        {t('news.form.photos')}
      </Title>
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        {article.photos.map((p) => (
          <figure key={p.id} style={{ margin: 0 }}>
            <Image src={p.url} alt={p.caption || article.title} radius="sm" />
            <Text component="figcaption" size="sm">
              {p.caption}
            </Text>
          </figure>
        ))}
      </SimpleGrid>
      <PhotoUploader
        fileLabel={t('news.form.photoFile')}
        captionLabel={t('news.form.caption')}
        buttonLabel={t('news.form.upload')}
        successText={t('news.form.saved')}
        mutation={upload}
      />
      <ErrorAlert message={errors.message(status.error)} />
      <Group>
        <Button
          color={isPublished ? 'gray' : 'green'}
          loading={status.isPending}
          onClick={() => status.mutate(!isPublished)}
        >
          {isPublished ? t('news.form.unpublish') : t('news.form.publish')}
        </Button>
        {isPublished && (
          <Anchor component={Link} to={`/berita/${article.slug}`}>
            {t('news.form.view')}
          </Anchor>
        )}
      </Group>
    </Stack>
  );
}
