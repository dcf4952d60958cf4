import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Candidate, CandidateAccountInput, CandidateInput, LexiconTermInput } from '@netra/contracts';
import { api } from '../../lib/api-client';

const key = ['candidates'] as const;

export function useCandidates() {
  return useQuery({ queryKey: key, queryFn: () => api.get<Candidate[]>('/api/candidates') });
}

/** Every candidate mutation refreshes the list (the screening replays on the server). */
export function useCandidateMutations() {
  const client = useQueryClient();
  const done = { onSuccess: () => client.invalidateQueries({ queryKey: key }) };
  return {
    create: useMutation({
      mutationFn: (body: CandidateInput) => api.post<Candidate>('/api/candidates', body),
      ...done,
    }),
    remove: useMutation({ mutationFn: (id: string) => api.delete(`/api/candidates/${id}`), ...done }),
    addAccount: useMutation({
      mutationFn: ({ id, body }: { id: string; body: CandidateAccountInput }) =>
        api.post(`/api/candidates/${id}/accounts`, body),
      ...done,
    }),
    removeAccount: useMutation({
      mutationFn: ({ id, accountId }: { id: string; accountId: string }) =>
        api.delete(`/api/candidates/${id}/accounts/${accountId}`),
      ...done,
    }),
    addTerm: useMutation({
      mutationFn: ({ id, body }: { id: string; body: LexiconTermInput }) =>
        api.post(`/api/candidates/${id}/lexicon`, body),
      ...done,
    }),
    removeTerm: useMutation({
      mutationFn: ({ id, termId }: { id: string; termId: string }) =>
        api.delete(`/api/candidates/${id}/lexicon/${termId}`),
      ...done,
    }),
    importText: useMutation({
      mutationFn: (text: string) => {
        const trimmed = text.trim();
        return api.post<{ imported: number }>(
          '/api/candidates/import',
          trimmed.startsWith('{') ? JSON.parse(trimmed) : { csv: trimmed },
        );
      },
      ...done,
    }),
  };
}
