import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Role, UserDto } from '@netra/contracts';
import { api } from '../../../lib/api-client';

type Page<T> = { items: T[]; total: number; page: number; pageSize: number };

export const userKeys = {
  all: ['users'] as const,
  list: (page: number, q: string) => ['users', 'list', page, q] as const,
};

export function useUsers(page: number, pageSize: number, q: string) {
  return useQuery({
    queryKey: userKeys.list(page, q),
    queryFn: () => api.get<Page<UserDto>>('/api/users', { page, pageSize, q: q.trim() || undefined }),
    placeholderData: keepPreviousData,
  });
}

export function useAddMembership() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: { userId: string; organizationId: string; role: Role }) =>
      api.post(`/api/users/${input.userId}/memberships`, {
        organizationId: input.organizationId,
        role: input.role,
      }),
    onSuccess: () => client.invalidateQueries({ queryKey: userKeys.all }),
  });
}

export function useRemoveMembership() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (membershipId: string) => api.delete(`/api/memberships/${membershipId}`),
    onSuccess: () => client.invalidateQueries({ queryKey: userKeys.all }),
  });
}
