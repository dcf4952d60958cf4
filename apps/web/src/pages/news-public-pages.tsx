import { useParams } from 'react-router';
import { PublicArticle, PublicNewsList } from '../features/news';

export function NewsPage() {
  return <PublicNewsList />;
}

export function NewsArticlePage() {
  const { slug } = useParams();
  return <PublicArticle key={slug} slug={slug ?? ''} />;
}
