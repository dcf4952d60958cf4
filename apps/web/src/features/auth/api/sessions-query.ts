import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';

/** One of the user's sessions as Netra lists it: by id, never with its token. */
export type AuthSession = {
  id: string;
  createdAt: string;
  lastActiveAt: string;
  expiresAt: string;
  ipAddress: string | null;
  userAgent: string | null;
  isCurrent: boolean;
};

const sessionKeys = { all: ['sessions'] as const };

export function useSessions() {
  return useQuery({
    queryKey: sessionKeys.all,
    queryFn: () => api.get<{ items: AuthSession[] }>('/api/sessions'),
    select: (body) => body.items,
  });
}

export function useRevokeSession() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.delete(`/api/sessions/${id}`),
    onSuccess: () => client.invalidateQueries({ queryKey: sessionKeys.all }),
  });
}

export function useRevokeOtherSessions() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => api.post('/api/auth/revoke-other-sessions'),
    onSuccess: () => client.invalidateQueries({ queryKey: sessionKeys.all }),
  });
}
