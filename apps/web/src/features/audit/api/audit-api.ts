import { useInfiniteQuery } from '@tanstack/react-query';
import type { AuditEvent } from '@netra/contracts';
import { api } from '../../../lib/api-client';

export type AuditFilters = {
  action: string;
  entityType: string;
  actorUserId: string;
  from: string;
  to: string;
};
export const EMPTY_AUDIT_FILTERS: AuditFilters = {
  action: '',
  entityType: '',
  actorUserId: '',
  from: '',
  to: '',
};
type AuditPage = { items: AuditEvent[]; nextBefore: string | null };

export const auditKeys = { list: (filters: AuditFilters) => ['audit', filters] as const };

/** Dates are entered as local days; "to" includes the whole day. */
function dayBound(day: string, isEnd: boolean): string | undefined {
  if (!day) return undefined;
  const date = new Date(`${day}T00:00:00`);
  if (isEnd) date.setDate(date.getDate() + 1);
  return date.toISOString();
}

export function useAuditEvents(filters: AuditFilters) {
  return useInfiniteQuery({
    queryKey: auditKeys.list(filters),
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam }) =>
      api.get<AuditPage>('/api/audit', {
        action: filters.action.trim() || undefined,
        entityType: filters.entityType.trim() || undefined,
        actorUserId: filters.actorUserId.trim() || undefined,
        from: dayBound(filters.from, false),
        to: dayBound(filters.to, true),
        before: pageParam,
        limit: 50,
      }),
    getNextPageParam: (last) => last.nextBefore ?? undefined,
  });
}
