import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { Forwarding } from './follow-up-api';

type Page<T> = { items: T[]; total: number; page: number; pageSize: number };

export type CaseSummary = {
  id: string;
  kind: 'laporan' | 'temuan';
  status: string;
  regionCode: string;
  regionName: string | null;
  registerNumber: string | null;
  summary: string | null;
  nextDueAt: string | null;
  timeLeftMs: number | null;
  receivedAt: string;
  version: number;
};

export type CaseDeadline = {
  key: string;
  startedAt: string;
  dueAt: string;
  status: 'running' | 'stopped';
  stoppedAt?: string;
  extended: boolean;
  lateReason?: string;
  timeLeftMs: number | null;
  overdue: boolean;
};

export type CaseDisposition = {
  id: string;
  kind: string;
  target: string;
  forwardedAt: string;
  letterNumber?: string;
  outcome?: { result: string; summary: string };
  execution?: { executedOn: string; summary: string };
};

export type EvidenceItem = { id: string; sha256: string; mediaType: string; sizeBytes: number };

export type CaseSource =
  | {
      type: 'report';
      receiptCode: string;
      reporterCategory: string;
      reportedParty: { type?: string; name: string; agency?: string; position?: string; nip?: string };
      whatHappened: string;
      place: string;
      occurredOn: string;
      knownOn: string;
      witnesses: { name: string; contact?: string }[];
      evidence: EvidenceItem[];
    }
  | {
      type: 'supervision_result';
      id: string;
      officerName: string;
      narrative: string;
      supervisedOn: string;
      evidence: EvidenceItem[];
    }
  | { type: 'tip'; id: string; receiptCode: string; whatHappened: string; evidence: EvidenceItem[] };

export type CaseDetail = CaseSummary & {
  knownOn: string;
  reportWindow: { within: boolean; explanation: { id: string; en: string } } | null;
  state: {
    history: { transition: string; from: string; to: string; at: string }[];
    violationKinds: string[];
    dispositions: CaseDisposition[];
    catalogueEntryIds: string[];
    clarificationParties?: string[];
    registerNumber?: string;
  };
  deadlines: CaseDeadline[];
  availableTransitions: string[];
  /** Receiving organisations the forwarding form offers (checked by default), per violation kind. */
  forwardRecipients: { id: string; name: string; kind: string }[];
  source: CaseSource | null;
  abilities: { canHandle: boolean; canReadReporter: boolean };
  forwardings: Forwarding[];
};

export type ReporterIdentity = {
  name?: string | null;
  nik?: string | null;
  address?: string | null;
  phone?: string | null;
  email?: string | null;
  category: string;
};

/** The work-list filters the server understands (GET /api/cases and its export). */
export type CaseListFilters = {
  q?: string;
  status?: string;
  kind?: string;
  regionCode?: string;
  due?: string;
  agency?: string;
};
export type CaseFilters = CaseListFilters & { page: number; pageSize: number };

export const caseKeys = {
  all: ['cases'] as const,
  list: (f: CaseFilters) => ['cases', 'list', f] as const,
  detail: (id: string) => ['cases', 'detail', id] as const,
};

export function useCases(filters: CaseFilters) {
  return useQuery({
    queryKey: caseKeys.list(filters),
    queryFn: () => api.get<Page<CaseSummary>>('/api/cases', filters),
    placeholderData: keepPreviousData,
  });
}

export function useCase(id: string) {
  return useQuery({ queryKey: caseKeys.detail(id), queryFn: () => api.get<CaseDetail>(`/api/cases/${id}`) });
}

export function useApplyTransition(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (args: { name: string; expectedVersion: number; input: Record<string, unknown> }) =>
      api.post<CaseDetail>(`/api/cases/${id}/transitions/${args.name}`, {
        expectedVersion: args.expectedVersion,
        input: args.input,
      }),
    onSuccess: (detail) => {
      client.setQueryData(caseKeys.detail(id), detail);
      void client.invalidateQueries({ queryKey: ['cases', 'list'] });
    },
  });
}

export function useRevealReporter(id: string) {
  return useMutation({
    mutationFn: (reason: string) => api.get<ReporterIdentity>(`/api/cases/${id}/reporter`, { reason }),
  });
}
