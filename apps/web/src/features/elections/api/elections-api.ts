import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Bilingual, Election, HolidayKind } from '@netra/rules';
import { api } from '../../../lib/api-client';

/** An administrator's holiday as the server stores it (the built-in calendar is not listed here). */
export type StoredHoliday = {
  id: string;
  date: string;
  kind: HolidayKind;
  name: Bilingual;
  regionCode: string | null;
};
export type HolidayInput = {
  date: string;
  kind: HolidayKind;
  nameId: string;
  nameEn: string;
  regionCode: string | null;
};

export const electionKeys = {
  all: ['elections'] as const,
  holidays: ['holidays'] as const,
  holidayYear: (year: number) => ['holidays', year] as const,
};

export function useElections() {
  return useQuery({
    queryKey: electionKeys.all,
    queryFn: () => api.get<{ items: Election[] }>('/api/public/elections'),
    select: (body) => body.items,
  });
}

export function useSaveElection() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (election: Election) =>
      api.put<Election>(`/api/elections/${encodeURIComponent(election.id)}`, election),
    onSuccess: () => client.invalidateQueries({ queryKey: electionKeys.all }),
  });
}

export function useHolidays(year: number) {
  return useQuery({
    queryKey: electionKeys.holidayYear(year),
    queryFn: () => api.get<{ items: StoredHoliday[] }>('/api/public/holidays', { year }),
    select: (body) => body.items,
  });
}

export function useAddHoliday() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: HolidayInput) => api.post<StoredHoliday>('/api/holidays', input),
    onSuccess: () => client.invalidateQueries({ queryKey: electionKeys.holidays }),
  });
}

export function useDeleteHoliday() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.delete(`/api/holidays/${id}`),
    onSuccess: () => client.invalidateQueries({ queryKey: electionKeys.holidays }),
  });
}
