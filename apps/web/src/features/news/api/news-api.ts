import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { NewsArticle, NewsArticleInput, NewsArticleSummary, PublicNewsArticle } from '@netra/contracts';
import { api, apiUpload } from '../../../lib/api-client';

type Page<T> = { items: T[]; total: number; page: number; pageSize: number };

export const newsKeys = {
  all: ['news'] as const,
  list: (page: number) => ['news', 'list', page] as const,
  detail: (id: string) => ['news', 'detail', id] as const,
  publicList: (page: number) => ['public-news', 'list', page] as const,
  publicArticle: (slug: string) => ['public-news', 'article', slug] as const,
};

export function useArticles(page: number) {
  return useQuery({
    queryKey: newsKeys.list(page),
    queryFn: () => api.get<Page<NewsArticleSummary>>('/api/news', { page, pageSize: 25 }),
    placeholderData: keepPreviousData,
  });
}

export function useArticle(id: string | undefined) {
  return useQuery({
    queryKey: newsKeys.detail(id ?? ''),
    queryFn: () => api.get<NewsArticle>(`/api/news/${id}`),
    enabled: Boolean(id),
  });
}

export function useSaveArticle(id: string | undefined) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: NewsArticleInput) =>
      id ? api.put<NewsArticle>(`/api/news/${id}`, input) : api.post<NewsArticle>('/api/news', input),
    onSuccess: () => void client.invalidateQueries({ queryKey: newsKeys.all }),
  });
}

export function useSetArticleStatus(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (publish: boolean) =>
      api.post<NewsArticle>(`/api/news/${id}/${publish ? 'publish' : 'unpublish'}`),
    onSuccess: () => void client.invalidateQueries({ queryKey: newsKeys.all }),
  });
}

export function useUploadArticlePhoto(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (args: { file: File; caption: string }) =>
      apiUpload(`/api/news/${id}/photos?caption=${encodeURIComponent(args.caption)}`, args.file),
    onSuccess: () => void client.invalidateQueries({ queryKey: newsKeys.all }),
  });
}

export function usePublicArticles(page: number) {
  return useQuery({
    queryKey: newsKeys.publicList(page),
    queryFn: () => api.get<Page<NewsArticleSummary>>('/api/public/news', { page, pageSize: 10 }),
    placeholderData: keepPreviousData,
  });
}

export function usePublicArticle(slug: string) {
  return useQuery({
    queryKey: newsKeys.publicArticle(slug),
    queryFn: () => api.get<PublicNewsArticle>(`/api/public/news/${slug}`),
    retry: false,
  });
}
