import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ImportRun, IngestionResult } from '@netra/contracts';
import { api, apiUpload } from '../../lib/api-client';
import type { Page } from '../registry/api/registry-api';

export type EventUpload = {
  file: File;
  regionCode: string;
  resume?: string;
  tweetId?: string;
  tweetAuthor?: string;
  videoAuthor?: string;
};

export function useEventRuns() {
  return useQuery({
    queryKey: ['ingestion', 'runs'],
    queryFn: () => api.get<Page<ImportRun>>('/api/ingestion/imports', { pageSize: 20 }),
  });
}

export function useEventUpload() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ file, ...query }: EventUpload) => {
      const params = new URLSearchParams();
      for (const [k, v] of Object.entries(query)) if (v) params.set(k, v);
      return apiUpload<IngestionResult>(`/api/ingestion/imports?${params.toString()}`, file);
    },
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: ['ingestion'] });
      void client.invalidateQueries({ queryKey: ['monitoring'] });
    },
  });
}
