import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import type { Receipt, ReportSubmission, TipSubmission } from '@netra/contracts';
import { api, apiDownload, apiRequest, apiUpload } from '../../../lib/api-client';

/** The header that carries the tracking secret; never a query parameter (it would reach logs). */
export const SECRET_HEADER = 'x-tracking-secret';

export type ReceiptKind = 'report' | 'tip';
export type StoredEvidence = { id: string; sha256: string; mediaType: string; sizeBytes: number };
export type PublicStatus = {
  receiptCode: string;
  status: string;
  registerNumber?: string | null;
  receivedAt: string;
  updatedAt: string;
  withinReportWindow?: boolean | null;
  reportWindowExplanation?: { id: string; en: string } | null;
  history?: { status: string; at: string }[];
};
export type Announcement = {
  registerNumber: string | null;
  conduct: string;
  status: string;
  regionName: string | null;
  date: string;
};
type Page<T> = { items: T[]; total: number; page: number; pageSize: number };

const base = (kind: ReceiptKind) => (kind === 'report' ? '/api/public/reports' : '/api/public/tips');
/** LP-… codes are reports, IA-… codes are anonymous tips (informasi awal). */
export const kindOfCode = (code: string): ReceiptKind => (code.startsWith('IA-') ? 'tip' : 'report');

export function useSubmitReport() {
  return useMutation({
    mutationFn: (input: ReportSubmission) => api.post<Receipt>('/api/public/reports', input),
  });
}

export function useSubmitTip() {
  return useMutation({ mutationFn: (input: TipSubmission) => api.post<Receipt>('/api/public/tips', input) });
}

export function uploadEvidence(kind: ReceiptKind, receipt: Receipt, file: File): Promise<StoredEvidence> {
  return apiUpload<StoredEvidence>(
    `${base(kind)}/${encodeURIComponent(receipt.receiptCode)}/evidence`,
    file,
    { [SECRET_HEADER]: receipt.trackingSecret },
  );
}

export function downloadReceiptPdf(receipt: Receipt): Promise<Blob> {
  // Reports and tips both have a receipt PDF (the tip's says "informasi awal").
  return apiDownload(
    `${base(kindOfCode(receipt.receiptCode))}/${encodeURIComponent(receipt.receiptCode)}/receipt.pdf`,
    {
      [SECRET_HEADER]: receipt.trackingSecret,
    },
  );
}

export function useTrackStatus() {
  return useMutation({
    mutationFn: (receipt: Receipt) =>
      apiRequest<PublicStatus>(
        `${base(kindOfCode(receipt.receiptCode))}/${encodeURIComponent(receipt.receiptCode)}/status`,
        { headers: { [SECRET_HEADER]: receipt.trackingSecret } },
      ),
  });
}

export function useAnnouncements(page: number, pageSize: number) {
  return useQuery({
    queryKey: ['announcements', page, pageSize],
    queryFn: () => api.get<Page<Announcement>>('/api/public/announcements', { page, pageSize }),
    placeholderData: keepPreviousData,
  });
}

/** Village and sub-district search for visitors without an account (GET /api/public/regions). */
export type PublicRegion = { code: string; name: string; level: number; parentName: string | null };
export function usePublicRegionSearch(q: string) {
  const term = q.trim();
  return useQuery({
    queryKey: ['public-regions', term],
    queryFn: () => api.get<PublicRegion[]>('/api/public/regions', { q: term }),
    enabled: term.length >= 2,
    retry: false,
    placeholderData: keepPreviousData,
  });
}
