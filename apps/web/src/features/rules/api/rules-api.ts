import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { Bilingual, CatalogueEntry, StageOnResult } from '@netra/rules';
import { api } from '../../../lib/api-client';

export type RuleMatch = { entry: CatalogueEntry; score: number; reason: Bilingual; appliesOnDate: boolean };
export type RuleCheckResult = {
  query: string;
  election: { id: string; name: string };
  stage: StageOnResult;
  matches: RuleMatch[];
  suggestions: Bilingual[];
};

export const ruleKeys = {
  check: (q: string, date: string) => ['rules', 'check', q, date] as const,
  list: ['rules', 'list'] as const,
  entry: (id: string) => ['rules', 'entry', id] as const,
};

/** Ranked catalogue entries for a described conduct; runs only once there is text to check. */
export function useRuleCheck(q: string, date: string) {
  const text = q.trim();
  return useQuery({
    queryKey: ruleKeys.check(text, date),
    queryFn: () => api.get<RuleCheckResult>('/api/public/rules/check', { q: text, date: date || undefined }),
    enabled: text.length > 0,
    placeholderData: keepPreviousData,
    staleTime: 5 * 60_000,
  });
}

export function useRuleEntries() {
  return useQuery({
    queryKey: ruleKeys.list,
    queryFn: () => api.get<{ items: CatalogueEntry[] }>('/api/public/rules'),
    select: (body) => body.items,
    staleTime: 10 * 60_000,
  });
}

export function useRuleEntry(id: string) {
  return useQuery({
    queryKey: ruleKeys.entry(id),
    queryFn: () => api.get<CatalogueEntry>(`/api/public/rules/${encodeURIComponent(id)}`),
    staleTime: 10 * 60_000,
  });
}
