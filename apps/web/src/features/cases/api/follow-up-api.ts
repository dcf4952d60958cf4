import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, apiUpload } from '../../../lib/api-client';

type Page<T> = { items: T[]; total: number; page: number; pageSize: number };

export type FollowUpOutcome = {
  decision: string;
  sanctionLevel: string | null;
  reason: string | null;
  decisionLetterNumber: string | null;
  decisionLetterDate: string | null;
  recordedAt: string;
};

/** One forwarding (penerusan) to one receiving organisation, as staff and the recipient see it. */
export type Forwarding = {
  id: string;
  caseId: string;
  dispositionId: string;
  kind: string;
  target: string;
  recipient: { id: string; name: string };
  letterNumber: string | null;
  letterDate: string | null;
  recommendedSanction: string | null;
  forwardedAt: string;
  followUpDueAt: string;
  followUpOverdue: boolean;
  dispositionFollowedUp: boolean;
  followUp: FollowUpOutcome | null;
  document: { mediaType: string; sizeBytes: number; sha256: string } | null;
  execution: {
    executedOn: string;
    summary: string;
    recordedAt: string;
    evidence: { mediaType: string; sizeBytes: number; sha256: string };
  } | null;
};

export type FollowUpListItem = Forwarding & {
  registerNumber: string | null;
  summary: string;
  regionName: string;
};

export type FollowUpDetail = Forwarding & {
  case: {
    id: string;
    kind: string;
    status: string;
    version: number;
    registerNumber: string | null;
    summary: string;
    regionName: string;
    violationKinds: string[];
    catalogueEntryIds: string[];
    decidedAt: string | null;
    reportedParty: {
      type: string;
      name: string;
      agency: string | null;
      position: string | null;
      nip: string | null;
    } | null;
  };
};

export type FollowUpDecision = {
  expectedVersion: number;
  decision: string;
  sanctionLevel?: string;
  reason?: string;
  decisionLetterNumber: string;
  decisionLetterDate: string;
  lateReason?: string;
};

export const followUpKeys = {
  list: (state: string, page: number) => ['follow-ups', 'list', state, page] as const,
  detail: (id: string) => ['follow-ups', 'detail', id] as const,
};

export function useFollowUps(state: string, page: number, pageSize: number) {
  return useQuery({
    queryKey: followUpKeys.list(state, page),
    queryFn: () => api.get<Page<FollowUpListItem>>('/api/follow-ups', { state, page, pageSize }),
    placeholderData: keepPreviousData,
  });
}

export function useFollowUp(id: string) {
  return useQuery({
    queryKey: followUpKeys.detail(id),
    queryFn: () => api.get<FollowUpDetail>(`/api/follow-ups/${id}`),
  });
}

export function useRecordFollowUp(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: FollowUpDecision) => api.post<FollowUpDetail>(`/api/follow-ups/${id}/decision`, body),
    onSuccess: (detail) => {
      client.setQueryData(followUpKeys.detail(id), detail);
      void client.invalidateQueries({ queryKey: ['follow-ups', 'list'] });
    },
  });
}

export function useUploadDecisionDocument(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (file: File) =>
      apiUpload<{ sha256: string; mediaType: string; sizeBytes: number }>(
        `/api/follow-ups/${id}/document`,
        file,
      ),
    onSuccess: () => void client.invalidateQueries({ queryKey: followUpKeys.detail(id) }),
  });
}

export type FollowUpExecution = {
  expectedVersion: number;
  executedOn: string;
  summary: string;
  lateReason?: string;
};

/** The sanction carried out: the JSON fields and the evidence file in one multipart request. */
export function useRecordExecution(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ body, file }: { body: FollowUpExecution; file: File }) =>
      apiUpload<FollowUpDetail>(
        `/api/follow-ups/${id}/execution`,
        file,
        {},
        { payload: JSON.stringify(body) },
      ),
    onSuccess: (detail) => {
      client.setQueryData(followUpKeys.detail(id), detail);
      void client.invalidateQueries({ queryKey: ['follow-ups', 'list'] });
    },
  });
}
