export { ArticleList } from './components/article-list';
export { ArticleEditor } from './components/article-editor';
export { PublicNewsList, PublicArticle } from './components/public-news';
