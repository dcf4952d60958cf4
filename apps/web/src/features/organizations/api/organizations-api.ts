import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  CreateOrganizationInput,
  Organization,
  OrganizationType,
  UpdateOrganizationInput,
} from '@netra/contracts';
import { api } from '../../../lib/api-client';

type Page<T> = { items: T[]; total: number; page: number; pageSize: number };
export type OrganizationFilters = {
  page: number;
  pageSize: number;
  q: string;
  type: OrganizationType | null;
};

export const organizationKeys = {
  all: ['organizations'] as const,
  list: (filters: OrganizationFilters) => ['organizations', 'list', filters] as const,
  options: ['organizations', 'options'] as const,
};

export function useOrganizations(filters: OrganizationFilters) {
  return useQuery({
    queryKey: organizationKeys.list(filters),
    queryFn: () =>
      api.get<Page<Organization>>('/api/organizations', {
        page: filters.page,
        pageSize: filters.pageSize,
        q: filters.q.trim() || undefined,
        type: filters.type,
      }),
    placeholderData: keepPreviousData,
  });
}

/** Organisations for pickers (parent, membership, invitation): the first 200 the user can see. */
export function useOrganizationOptions() {
  return useQuery({
    queryKey: organizationKeys.options,
    queryFn: () => api.get<Page<Organization>>('/api/organizations', { page: 1, pageSize: 200 }),
    select: (page) => page.items,
    staleTime: 30_000,
  });
}

export function useSaveOrganization(id: string | undefined) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateOrganizationInput | UpdateOrganizationInput) =>
      id
        ? api.patch<Organization>(`/api/organizations/${id}`, input)
        : api.post<Organization>('/api/organizations', input),
    onSuccess: () => client.invalidateQueries({ queryKey: organizationKeys.all }),
  });
}

export function useDeleteOrganization() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.delete(`/api/organizations/${id}`),
    onSuccess: () => client.invalidateQueries({ queryKey: organizationKeys.all }),
  });
}
