import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, apiDownload } from '../../../lib/api-client';
import type { CaseListFilters } from './cases-api';

export type Bilingual = { id: string; en: string };

export type CaseDocument = {
  kind: string;
  variant: string;
  needsReporter: boolean;
  title: Bilingual;
  formCode: string | null;
  issued: { number: string; issuedOn: string } | null;
};

export type DuplicateCandidate = {
  id: string;
  kind: 'laporan' | 'temuan';
  status: string;
  registerNumber: string | null;
  summary: string;
  regionName: string;
  receivedAt: string;
  reasons: ('same_reported_nip' | 'similar_summary')[];
  similarity: number;
  relation: 'linked' | 'not_duplicate' | null;
};

export const caseDocumentKeys = {
  documents: (id: string, version?: number) => ['cases', 'documents', id, version] as const,
  duplicates: (id: string) => ['cases', 'duplicates', id] as const,
};

/** Keyed by the case's version: a transition makes new documents available. */
export function useCaseDocuments(id: string, version: number) {
  return useQuery({
    queryKey: caseDocumentKeys.documents(id, version),
    queryFn: () =>
      api.get<{ canIncludeReporter: boolean; items: CaseDocument[] }>(`/api/cases/${id}/documents`),
  });
}

/** Saves a browser download of bytes fetched with the session (errors stay in the page). */
function save(blob: Blob, filename: string) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function useDownloadDocument(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (a: {
      kind: string;
      variant: string;
      format: 'pdf' | 'docx';
      includeReporter: boolean;
      reason: string;
    }) => {
      const params = new URLSearchParams({ format: a.format, variant: a.variant });
      if (a.includeReporter) {
        params.set('includeReporter', 'true');
        params.set('reason', a.reason);
      }
      save(
        await apiDownload(`/api/cases/${id}/documents/${a.kind}?${params.toString()}`),
        `${a.kind}.${a.format}`,
      );
    },
    onSettled: () => client.invalidateQueries({ queryKey: ['cases', 'documents', id] }),
  });
}

export function useDuplicates(id: string) {
  return useQuery({
    queryKey: caseDocumentKeys.duplicates(id),
    queryFn: () => api.get<{ items: DuplicateCandidate[] }>(`/api/cases/${id}/duplicates`),
  });
}

export function useMarkDuplicate(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (a: { otherCaseId: string; relation: 'linked' | 'not_duplicate' }) =>
      api.post<{ items: DuplicateCandidate[] }>(`/api/cases/${id}/duplicates`, a),
    onSuccess: (data) => client.setQueryData(caseDocumentKeys.duplicates(id), data),
  });
}

export function useExportCases() {
  return useMutation({
    mutationFn: async (
      a: CaseListFilters & {
        format: 'csv' | 'xlsx';
        includeReportedName: boolean;
      },
    ) => {
      const { format, includeReportedName, ...filters } = a;
      const params = new URLSearchParams({ format });
      for (const [key, value] of Object.entries(filters)) if (value) params.set(key, value);
      if (includeReportedName) params.set('includeReportedName', 'true');
      save(await apiDownload(`/api/cases/export?${params.toString()}`), `perkara.${a.format}`);
    },
  });
}
