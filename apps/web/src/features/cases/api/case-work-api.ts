import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { SupervisionResultInput } from '@netra/contracts';
import { api } from '../../../lib/api-client';

type Page<T> = { items: T[]; total: number; page: number; pageSize: number };

export type StaffTip = {
  id: string;
  receiptCode: string;
  status: string;
  regionCode: string;
  place: string | null;
  whatHappened: string;
  occurredOn: string | null;
  links: string[];
  findingCaseId: string | null;
  receivedAt: string;
};

export type SupervisionResult = {
  id: string;
  regionCode: string;
  officerName: string;
  officerPosition: string;
  assignmentLetterNumber: string;
  stageSupervised: string;
  supervised: string;
  narrative: string;
  supervisedOn: string;
  suspectedViolation: boolean;
  findingCaseId: string | null;
  canPromote: boolean;
};

export function useStaffTips(page: number, pageSize: number) {
  return useQuery({
    queryKey: ['tips', page],
    queryFn: () => api.get<Page<StaffTip>>('/api/tips', { page, pageSize }),
    placeholderData: keepPreviousData,
  });
}

export function useRaiseFinding(tipId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: { foundOn: string; note: string }) =>
      api.post<{ caseId: string }>(`/api/tips/${tipId}/finding`, body),
    onSuccess: () => void client.invalidateQueries({ queryKey: ['tips'] }),
  });
}

export function useSupervisionResults(page: number, pageSize: number) {
  return useQuery({
    queryKey: ['supervision-results', page],
    queryFn: () => api.get<Page<SupervisionResult>>('/api/supervision-results', { page, pageSize }),
    placeholderData: keepPreviousData,
  });
}

export function useFileSupervisionResult() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: SupervisionResultInput) => api.post<{ id: string }>('/api/supervision-results', body),
    onSuccess: () => void client.invalidateQueries({ queryKey: ['supervision-results'] }),
  });
}

export function usePromoteSupervisionResult(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: { plenaryHeldOn: string; note?: string }) =>
      api.post<{ caseId: string }>(`/api/supervision-results/${id}/promote`, body),
    onSuccess: () => void client.invalidateQueries({ queryKey: ['supervision-results'] }),
  });
}
