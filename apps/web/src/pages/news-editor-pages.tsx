import { Button, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { ArticleEditor, ArticleList } from '../features/news';
import { PageTitle } from '../ui/page-title';

export function NewsEditorListPage() {
  const { t } = useTranslation();
  return (
    <Stack>
      <PageTitle>{t('news.editorTitle')}</PageTitle>
      <Text>{t('news.editorIntro')}</Text>
      <Group>
        <Button component={Link} to="/pencegahan/berita/baru">
          {t('news.newArticle')}
        </Button>
      </Group>
      <ArticleList />
    </Stack>
  );
}

export function NewsEditorPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const navigate = useNavigate();
  return (
    <Stack>
      <PageTitle>{id ? t('news.editorTitle') : t('news.newArticle')}</PageTitle>
      <ArticleEditor
        key={id ?? 'new'}
        id={id}
        onCreated={(article) => void navigate(`/pencegahan/berita/${article.id}`, { replace: true })}
      />
    </Stack>
  );
}
