import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  OutreachActivity,
  OutreachActivityInput,
  OutreachActivitySummary,
  OutreachActivityUpdateInput,
  OutreachAudience,
  OutreachCoverageSummary,
  OutreachCoverageVillage,
} from '@netra/contracts';
import { api, apiUpload } from '../../../lib/api-client';

type Page<T> = { items: T[]; total: number; page: number; pageSize: number };
export type ActivityFilters = {
  page?: number;
  pageSize?: number;
  from?: string;
  to?: string;
  status?: string;
  q?: string;
};
export type CoverageFilters = { regionCode: string; from: string; to: string };

export const outreachKeys = {
  all: ['outreach'] as const,
  list: (f: ActivityFilters) => ['outreach', 'list', f] as const,
  detail: (id: string) => ['outreach', 'detail', id] as const,
  audiences: ['outreach', 'audiences'] as const,
  coverage: (f: CoverageFilters) => ['outreach', 'coverage', f] as const,
};

export function useActivities(filters: ActivityFilters) {
  return useQuery({
    queryKey: outreachKeys.list(filters),
    queryFn: () => api.get<Page<OutreachActivitySummary>>('/api/outreach/activities', filters),
    placeholderData: keepPreviousData,
  });
}

export function useActivity(id: string) {
  return useQuery({
    queryKey: outreachKeys.detail(id),
    queryFn: () => api.get<OutreachActivity>(`/api/outreach/activities/${id}`),
  });
}

export function useAudiences() {
  return useQuery({
    queryKey: outreachKeys.audiences,
    queryFn: () => api.get<OutreachAudience[]>('/api/outreach/audiences'),
    staleTime: 300_000,
  });
}

export function useCreateActivity() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: OutreachActivityInput) =>
      api.post<OutreachActivity>('/api/outreach/activities', input),
    onSuccess: () => void client.invalidateQueries({ queryKey: outreachKeys.all }),
  });
}

/**
 * Saves the whole activity again: the body of logging it plus `expectedVersion`, the version the
 * form was opened with (the server refuses a stale one with `outreach.version_conflict`).
 */
export function useUpdateActivity(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: OutreachActivityUpdateInput) =>
      api.put<OutreachActivity>(`/api/outreach/activities/${id}`, input),
    onSuccess: (activity) => {
      client.setQueryData(outreachKeys.detail(id), activity);
      void client.invalidateQueries({ queryKey: outreachKeys.all });
    },
  });
}

export function useUploadActivityPhoto(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (args: { file: File; caption: string }) =>
      apiUpload(
        `/api/outreach/activities/${id}/photos?caption=${encodeURIComponent(args.caption)}`,
        args.file,
      ),
    onSuccess: () => void client.invalidateQueries({ queryKey: outreachKeys.all }),
  });
}

export function useCalendarFeed() {
  return useMutation({
    mutationFn: (organizationId: string) =>
      api.post<{ organizationId: string; url: string }>('/api/outreach/calendar-feeds', { organizationId }),
  });
}

export function useCoverage(filters: CoverageFilters | undefined) {
  return useQuery({
    queryKey: outreachKeys.coverage(filters ?? { regionCode: '', from: '', to: '' }),
    queryFn: () => api.get<OutreachCoverageSummary>('/api/outreach/coverage', filters),
    enabled: Boolean(filters),
  });
}

export function useCoverageVillages(
  filters: CoverageFilters | undefined,
  page: number,
  onlyUncovered: boolean,
) {
  return useQuery({
    queryKey: [
      ...outreachKeys.coverage(filters ?? { regionCode: '', from: '', to: '' }),
      'villages',
      page,
      onlyUncovered,
    ],
    queryFn: () =>
      api.get<Page<OutreachCoverageVillage>>('/api/outreach/coverage/villages', {
        ...filters,
        page,
        pageSize: 25,
        onlyUncovered: String(onlyUncovered),
      }),
    enabled: Boolean(filters),
    placeholderData: keepPreviousData,
  });
}

/** Organisations the user can see, as partners of an activity (the first 200). */
export function usePartnerOptions() {
  return useQuery({
    queryKey: ['organizations', 'options'],
    queryFn: () =>
      api.get<Page<{ id: string; name: string }>>('/api/organizations', { page: 1, pageSize: 200 }),
    select: (page) => page.items,
    staleTime: 30_000,
  });
}

export function useAddAudience() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (name: string) =>
      api.post<OutreachAudience>('/api/outreach/audiences', { name, organizationId: null }),
    onSuccess: () => void client.invalidateQueries({ queryKey: outreachKeys.audiences }),
  });
}
