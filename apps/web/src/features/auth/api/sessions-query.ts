import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';

export type AuthSession = {
  id: string;
  token: string;
  userAgent?: string | null;
  ipAddress?: string | null;
  createdAt: string;
  expiresAt: string;
};

const sessionKeys = { all: ['sessions'] as const, current: ['sessions', 'current'] as const };

export function useSessions() {
  return useQuery({
    queryKey: sessionKeys.all,
    queryFn: () => api.get<AuthSession[]>('/api/auth/list-sessions'),
  });
}

export function useCurrentSessionId() {
  return useQuery({
    queryKey: sessionKeys.current,
    queryFn: async () =>
      (await api.get<{ session?: { id: string } } | null>('/api/auth/get-session'))?.session?.id ?? null,
  });
}

export function useRevokeSession() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (token: string) => api.post('/api/auth/revoke-session', { token }),
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
