import { Feed } from 'feed';
import type { ArticleRow } from './news.repository';
import { newsPhotoUrl } from './news.service';

/** RSS 2.0 and Atom 1.0 of the latest published articles (the `feed` package writes the XML). */
export function buildNewsFeed(articles: ArticleRow[], publicUrl: string): Feed {
  const feed = new Feed({
    id: `${publicUrl}/berita`,
    title: 'Berita Pencegahan — Netra',
    description: 'Berita kegiatan pencegahan pelanggaran netralitas ASN dan pemilihan',
    link: `${publicUrl}/berita`,
    language: 'id',
    updated: articles[0]?.published_at ?? new Date(0),
    generator: 'Netra',
    copyright: 'Bawaslu',
    feedLinks: {
      rss: `${publicUrl}/api/public/news/feed.xml`,
      atom: `${publicUrl}/api/public/news/atom.xml`,
    },
  });
  for (const a of articles) {
    const link = `${publicUrl}/berita/${a.slug}`;
    feed.addItem({
      title: a.title,
      id: link,
      link,
      date: a.published_at ?? a.updated_at,
      published: a.published_at ?? undefined,
      description: a.lead,
      content: a.body_html,
      author: [{ name: a.author_name }],
      category: a.tags.map((name) => ({ name })),
      ...(a.cover_photo_id ? { image: `${publicUrl}${newsPhotoUrl(a.slug, a.cover_photo_id)}` } : {}),
    });
  }
  return feed;
}
