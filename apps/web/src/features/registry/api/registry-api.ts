import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { AsnAccount, AsnRecord, AsnSummary, ImportErrorRow, ImportRun } from '@netra/contracts';
import { api, apiUpload } from '../../../lib/api-client';

export type Page<T> = { items: T[]; total: number; page: number; pageSize: number };
export type AsnFilters = { q?: string; agency?: string; page: number; pageSize: number };

export const registryKeys = {
  search: (f: AsnFilters) => ['registry', 'search', f] as const,
  record: (id: string) => ['registry', 'record', id] as const,
  imports: ['registry', 'imports'] as const,
  errors: (path: string, id: string) => ['imports', path, id, 'errors'] as const,
};

export function useAsnSearch(filters: AsnFilters) {
  return useQuery({
    queryKey: registryKeys.search(filters),
    queryFn: () => api.get<Page<AsnSummary>>('/api/registry/asn', filters),
    placeholderData: keepPreviousData,
  });
}

export function useAsnRecord(id: string) {
  return useQuery({
    queryKey: registryKeys.record(id),
    queryFn: () => api.get<AsnRecord>(`/api/registry/asn/${id}`),
  });
}

/** Not a query: every view of the accounts is audited, so it is fetched only on request. */
export function useShowAccounts(id: string) {
  return useMutation({ mutationFn: () => api.get<AsnAccount[]>(`/api/registry/asn/${id}/accounts`) });
}

export function useRegistryUpload() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ file, regionCode }: { file: File; regionCode: string }) =>
      apiUpload<ImportRun>(`/api/registry/imports?regionCode=${encodeURIComponent(regionCode)}`, file),
    onSuccess: () => client.invalidateQueries({ queryKey: ['registry'] }),
  });
}

/** Errors of an import run: `base` is '/api/registry/imports' or '/api/ingestion/imports'. */
export function useImportErrors(base: string, id: string | undefined) {
  return useQuery({
    queryKey: registryKeys.errors(base, id ?? ''),
    queryFn: () => api.get<ImportErrorRow[]>(`${base}/${id}/errors`, { pageSize: 200 }),
    enabled: Boolean(id),
  });
}
