import { Anchor, Badge, Button, Code, Group, Image, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useErrorText } from '../../../lib/use-error-text';
import { ErrorAlert } from '../../../ui/error-alert';
import { PageTitle } from '../../../ui/page-title';
import { useActivity, useCalendarFeed, useUploadActivityPhoto } from '../api/outreach-api';
import { localTimeText } from './local-time';
import { PhotoUploader } from './photo-uploader';

export function ActivityDetail({ id }: { id: string }) {
  const { t, i18n } = useTranslation();
  const errors = useErrorText();
  const activity = useActivity(id);
  const upload = useUploadActivityPhoto(id);
  const feed = useCalendarFeed();
  const a = activity.data;
  if (!a) return <ErrorAlert message={errors.message(activity.error)} />;
  return (
    <Stack>
      <Anchor component={Link} to="/pencegahan/kegiatan">
        {t('outreach.detail.back')}
      </Anchor>
      <PageTitle>{a.title}</PageTitle>
      {a.canEdit && (
        <Group>
          <Button component={Link} to={`/pencegahan/kegiatan/${a.id}/ubah`} variant="default">
            {t('outreach.detail.edit')}
          </Button>
          {a.status === 'planned' && (
            <Button component={Link} to={`/pencegahan/kegiatan/${a.id}/ubah?selesai=1`}>
              {t('outreach.detail.markDone')}
            </Button>
          )}
        </Group>
      )}
      <Group gap="xs">
        <Badge variant="outline" color="blue.9">
          {t(`outreach.kinds.${a.kind}`)}
        </Badge>
        <Badge color={a.status === 'done' ? '#1b5e20' : 'blue.9'} variant="outline">
          {t(`outreach.statuses.${a.status}`)}
        </Badge>
        {a.topics.map((topic) => (
          <Badge key={topic} color="grape.9" variant="outline">
            {t(`outreach.topics.${topic}`)}
          </Badge>
        ))}
      </Group>
      <Text>
        {localTimeText(a.localStart, a.timeZone, i18n.language)}
        {a.localEnd ? ` – ${a.localEnd.slice(11, 16)}` : ''} · {a.villageName}, {a.districtName}
        {a.address ? ` · ${a.address}` : ''}
      </Text>
      <Text>
        {t('outreach.columns.organizer')}: {a.organizerName}
        {a.partners.length > 0 &&
          ` · ${t('outreach.detail.partners')}: ${a.partners.map((p) => p.name).join(', ')}`}
      </Text>
      {a.audiences.length > 0 && (
        <Text>
          {t('outreach.detail.audiences')}: {a.audiences.map((x) => x.name).join(', ')}
        </Text>
      )}
      {a.attendanceCount !== null && (
        <Text>
          {t('outreach.detail.attendance')}: {a.attendanceCount}
        </Text>
      )}
      {a.notes && (
        <Text>
          {t('outreach.detail.notes')}: {a.notes}
        </Text>
      )}

      <Title order={2} size="h3">
        {t('outreach.detail.photos')}
      </Title>
      {a.photos.length === 0 && <Text>{t('outreach.detail.noPhotos')}</Text>}
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        {a.photos.map((p) => (
          <figure key={p.id} style={{ margin: 0 }}>
            <Image src={p.url} alt={p.caption || a.title} radius="sm" />
            <Text component="figcaption" size="sm">
              {p.caption}
            </Text>
          </figure>
        ))}
      </SimpleGrid>
      {a.canEdit && (
        <PhotoUploader
          fileLabel={t('outreach.detail.photoFile')}
          captionLabel={t('outreach.detail.caption')}
          buttonLabel={t('outreach.detail.upload')}
          successText={t('outreach.detail.uploaded')}
          mutation={upload}
        />
      )}

      <Title order={2} size="h3">
        {t('outreach.detail.articles')}
      </Title>
      {a.articles.length === 0 && <Text>{t('outreach.detail.noArticles')}</Text>}
      {a.articles.map((article) => (
        <Text key={article.id}>
          {article.status === 'published' ? (
            <Anchor component={Link} to={`/berita/${article.slug}`}>
              {article.title}
            </Anchor>
          ) : (
            article.title
          )}{' '}
          <Badge size="xs" variant="outline" color="blue.9">
            {t(`news.statuses.${article.status}`)}
          </Badge>
        </Text>
      ))}

      {a.canEdit && (
        <Stack gap="xs">
          <Title order={2} size="h3">
            {t('outreach.detail.calendarFeed')}
          </Title>
          <Text size="sm">{t('outreach.detail.calendarFeedHelp')}</Text>
          <Group>
            <Button variant="default" loading={feed.isPending} onClick={() => feed.mutate(a.organizerId)}>
              {t('outreach.detail.makeFeed')}
            </Button>
          </Group>
          <ErrorAlert message={errors.message(feed.error)} />
          {feed.data && <Code block>{feed.data.url}</Code>}
        </Stack>
      )}
    </Stack>
  );
}
