import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { AppealCreateInput, AppealDistributionInput, AppealStatus } from '@netra/contracts';
import { api, apiUpload } from '../../../lib/api-client';
import { toApiError } from '../../../lib/api-error';

type Page<T> = { items: T[]; total: number; page: number; pageSize: number };

export type AppealSummary = {
  id: string;
  number: string;
  letterDate: string;
  subject: string;
  status: AppealStatus;
  organizationName: string;
  code: string | null;
  issuedAt: string | null;
  updatedAt: string;
};

export type AppealDetail = AppealSummary & {
  nature: string;
  addressees: string[];
  body: string;
  legalReferences: { id: string; citation: string }[];
  signatoryName: string;
  signatoryPosition: string;
  pledgeText: string;
  returnNote: string | null;
  reminderThresholdPercent: number;
  attachments: { id: string; mediaType: string; sizeBytes: number; name: string | null }[];
  abilities: Record<
    'canEdit' | 'canSubmit' | 'canApprove' | 'canReturn' | 'canIssue' | 'canDistribute',
    boolean
  >;
};

export type CoverageRow = {
  key: string | null;
  name: string;
  sent: number;
  opened: number;
  acknowledged: number;
  pledged: number;
  openedPercent: number;
  acknowledgedPercent: number;
  pledgedPercent: number;
};
export type Coverage = Page<CoverageRow> & {
  by: 'agency' | 'region';
  totals: Omit<CoverageRow, 'key' | 'name'>;
};

export type RecipientOptions = {
  candidates: { id: string; name: string; type: string; asnCount: number }[];
  recipients: { id: string; name: string; type: string; sentAt: string }[];
};

export const appealKeys = {
  all: ['appeals'] as const,
  list: (f: object) => ['appeals', 'list', f] as const,
  detail: (id: string) => ['appeals', 'detail', id] as const,
  coverage: (id: string, f: object) => ['appeals', 'coverage', id, f] as const,
};

export function useAppeals(filters: { page: number; pageSize: number; status?: string }) {
  return useQuery({
    queryKey: appealKeys.list(filters),
    queryFn: () => api.get<Page<AppealSummary>>('/api/appeals', filters),
    placeholderData: keepPreviousData,
  });
}

export function useAppeal(id: string | undefined) {
  return useQuery({
    queryKey: appealKeys.detail(id ?? ''),
    queryFn: () => api.get<AppealDetail>(`/api/appeals/${id}`),
    enabled: Boolean(id),
  });
}

export function useSaveAppeal(id: string | undefined) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: AppealCreateInput) =>
      id ? api.put<AppealDetail>(`/api/appeals/${id}`, input) : api.post<AppealDetail>('/api/appeals', input),
    onSuccess: (detail) => {
      client.setQueryData(appealKeys.detail(detail.id), detail);
      void client.invalidateQueries({ queryKey: ['appeals', 'list'] });
    },
  });
}

export function useAppealStep(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (args: { step: 'submit' | 'approve' | 'issue' | 'return'; note?: string }) =>
      api.post<AppealDetail>(
        `/api/appeals/${id}/${args.step}`,
        args.step === 'return' ? { note: args.note } : {},
      ),
    onSuccess: (detail) => {
      client.setQueryData(appealKeys.detail(id), detail);
      void client.invalidateQueries({ queryKey: ['appeals', 'list'] });
    },
  });
}

export function useAttachmentUpload(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (file: File) => apiUpload(`/api/appeals/${id}/attachments`, file),
    onSuccess: () => client.invalidateQueries({ queryKey: appealKeys.detail(id) }),
  });
}

export function useAttachmentRemove(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (attachmentId: string) => api.delete(`/api/appeals/${id}/attachments/${attachmentId}`),
    onSuccess: () => client.invalidateQueries({ queryKey: appealKeys.detail(id) }),
  });
}

export function useRecipientOptions(id: string, enabled: boolean) {
  return useQuery({
    queryKey: ['appeals', 'recipients', id],
    queryFn: () => api.get<RecipientOptions>(`/api/appeals/${id}/recipients`),
    enabled,
  });
}

export function useDistribute(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: Partial<AppealDistributionInput>) =>
      api.post<{
        targetsAdded: number;
        mailed: number;
        linksWithoutContact: { agencyName: string; name: string; nip: string; link: string }[];
      }>(`/api/appeals/${id}/distribution`, input),
    onSuccess: () => client.invalidateQueries({ queryKey: appealKeys.all }),
  });
}

export function useCoverage(
  id: string,
  filters: { by: 'agency' | 'region'; page: number; pageSize: number },
) {
  return useQuery({
    queryKey: appealKeys.coverage(id, filters),
    queryFn: () => api.get<Coverage>(`/api/appeals/${id}/coverage`, filters),
    placeholderData: keepPreviousData,
  });
}

export function useRemindNow(id: string) {
  return useMutation({
    mutationFn: () => api.post<{ agenciesReminded: number }>(`/api/appeals/${id}/reminders`),
  });
}

export type AttendanceResult = {
  applied: number;
  alreadyAcknowledged: number;
  rejected: number;
  errors: { row: number; column: string | null; code: string; message: { id: string; en: string } }[];
};

export function useMyAgencyAppeals() {
  return useQuery({
    queryKey: ['appeals', 'attendance'],
    queryFn: () =>
      api.get<{
        agency: { id: string; name: string };
        items: {
          id: string;
          number: string;
          subject: string;
          issuedAt: string;
          sent: number;
          acknowledged: number;
        }[];
      }>('/api/appeals-attendance'),
  });
}

/** The two-file attendance upload (list + signed scan) with the CSRF header. */
export async function uploadAttendance(appealId: string, list: File, scan: File): Promise<AttendanceResult> {
  const csrf = await api.get<{ token: string }>('/api/csrf');
  const form = new FormData();
  form.append('list', list, list.name);
  form.append('scan', scan, scan.name);
  const response = await fetch(`/api/appeals/${appealId}/attendance`, {
    method: 'POST',
    headers: { accept: 'application/json', 'x-csrf-token': csrf.token },
    credentials: 'same-origin',
    body: form,
  });
  const body: unknown = await response.json().catch(() => undefined);
  if (!response.ok) throw toApiError(response.status, body);
  return body as AttendanceResult;
}
