import { useQuery } from '@tanstack/react-query';
import type { Me } from '@netra/contracts';
import { api } from '../../../lib/api-client';
import { ApiError } from '../../../lib/api-error';

export const meKeys = { me: ['me'] as const };

/** The signed-in user, or null when nobody is signed in. */
export async function fetchMe(): Promise<Me | null> {
  try {
    return await api.get<Me>('/api/me');
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) return null;
    throw error;
  }
}

export function useMe() {
  return useQuery({ queryKey: meKeys.me, queryFn: fetchMe, staleTime: 60_000 });
}
