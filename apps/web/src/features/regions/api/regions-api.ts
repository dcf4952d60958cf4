import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { Region } from '@netra/contracts';
import { api } from '../../../lib/api-client';

export type RegionDetail = Region & { ancestors: Region[] };
type Page<T> = { items: T[]; total: number; page: number; pageSize: number };

export const regionKeys = {
  search: (q: string) => ['regions', 'search', q] as const,
  detail: (code: string) => ['regions', 'detail', code] as const,
  children: (code: string, page: number) => ['regions', 'children', code, page] as const,
};

export function useRegionSearch(q: string) {
  const term = q.trim();
  return useQuery({
    queryKey: regionKeys.search(term),
    queryFn: () => api.get<Region[]>('/api/regions', { q: term }),
    enabled: term.length >= 2,
    placeholderData: keepPreviousData,
  });
}

export function useRegion(code: string) {
  return useQuery({
    queryKey: regionKeys.detail(code),
    queryFn: () => api.get<RegionDetail>(`/api/regions/${code}`),
  });
}

export function useRegionChildren(code: string, page: number, pageSize: number) {
  return useQuery({
    queryKey: regionKeys.children(code, page),
    queryFn: () => api.get<Page<Region>>(`/api/regions/${code}/children`, { page, pageSize }),
    placeholderData: keepPreviousData,
  });
}
