import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Capture, LeadDetail, LeadStatus, LeadSummary, Network } from '@netra/contracts';
import { api } from '../../../lib/api-client';

type Page<T> = { items: T[]; total: number; page: number; pageSize: number };

export type LeadFilters = {
  page: number;
  pageSize: number;
  regionCode?: string;
  agency?: string;
  candidateId?: string;
  ruleId?: string;
  band?: string;
  status?: string;
  from?: string;
  to?: string;
};

export const monitoringKeys = {
  leads: (f: LeadFilters) => ['monitoring', 'leads', f] as const,
  lead: (id: string) => ['monitoring', 'lead', id] as const,
  capture: (id: string) => ['monitoring', 'capture', id] as const,
  captures: (leadId?: string) => ['monitoring', 'captures', leadId ?? 'all'] as const,
  network: (regionCode?: string) => ['monitoring', 'network', regionCode ?? ''] as const,
};

export function useLeads(filters: LeadFilters) {
  return useQuery({
    queryKey: monitoringKeys.leads(filters),
    queryFn: () => api.get<Page<LeadSummary>>('/api/monitoring/leads', filters),
    placeholderData: keepPreviousData,
  });
}

const isRunning = (c: Capture) => c.status === 'queued' || c.status === 'running';

/** The lead page; polls while one of its captures is still running. */
export function useLead(id: string) {
  return useQuery({
    queryKey: monitoringKeys.lead(id),
    queryFn: () => api.get<LeadDetail>(`/api/monitoring/leads/${id}`),
    refetchInterval: (query) => (query.state.data?.captures.some(isRunning) ? 1500 : false),
  });
}

export type LeadAction =
  | { name: 'confirm'; body: { expectedStatus: LeadStatus; note?: string } }
  | { name: 'reject' | 'dismiss'; body: { expectedStatus: LeadStatus; reason: string } }
  | { name: 'captures'; body: { url?: string } }
  | {
      name: 'promote';
      body: {
        expectedStatus: LeadStatus;
        foundOn: string;
        assignmentLetterNumber: string;
        officerPosition: string;
        summary: string;
        narrative: string;
        captureIds: string[];
      };
    };

export function useLeadAction(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (action: LeadAction) =>
      api.post<{ id: string; status?: string; caseId?: string }>(
        `/api/monitoring/leads/${id}/${action.name}`,
        action.body,
      ),
    onSettled: () => {
      void client.invalidateQueries({ queryKey: monitoringKeys.lead(id) });
      void client.invalidateQueries({ queryKey: ['monitoring', 'leads'] });
    },
  });
}

/** One capture; polls until it is done or stopped. */
export function useCapture(id: string) {
  return useQuery({
    queryKey: monitoringKeys.capture(id),
    queryFn: () => api.get<Capture>(`/api/monitoring/captures/${id}`),
    refetchInterval: (query) => (query.state.data && isRunning(query.state.data) ? 1500 : false),
  });
}

export function useCaptures() {
  return useQuery({
    queryKey: monitoringKeys.captures(),
    queryFn: () => api.get<Page<Capture>>('/api/monitoring/captures', { pageSize: 20 }),
  });
}

export function useRequestCapture() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: { url: string; regionCode?: string }) =>
      api.post<Capture>('/api/monitoring/captures', body),
    onSuccess: () => void client.invalidateQueries({ queryKey: monitoringKeys.captures() }),
  });
}

export function useNetwork(regionCode: string | undefined) {
  return useQuery({
    queryKey: monitoringKeys.network(regionCode),
    queryFn: () => api.get<Network>('/api/monitoring/network', { regionCode }),
  });
}

export const captureFileUrl = (id: string, file: 'screenshot' | 'html') =>
  `/api/monitoring/captures/${id}/files/${file}`;
