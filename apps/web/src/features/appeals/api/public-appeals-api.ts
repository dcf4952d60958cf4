import { useMutation, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';

export type PublicAppeal = {
  id: string;
  number: string;
  letterDate: string;
  subject: string;
  organizationName: string;
  code: string | null;
  issuedAt: string | null;
};
export type PublicAppealDetail = PublicAppeal & {
  addressees: string[];
  body: string;
  legalReferences: { id: string; citation: string }[];
  signatoryName: string;
  signatoryPosition: string;
  attachments: { id: string; mediaType: string; name: string | null }[];
};
export type AcknowledgmentState = {
  appeal: {
    id: string;
    number: string;
    subject: string;
    letterDate: string;
    organizationName: string;
    pledgeText: string;
    code: string | null;
  };
  recipient: {
    maskedName: string;
    agencyName: string;
    openedAt: string | null;
    acknowledgedAt: string | null;
    pledgedAt: string | null;
  } | null;
};

export function usePublicAppeals(page: number) {
  return useQuery({
    queryKey: ['public-appeals', page],
    queryFn: () =>
      api.get<{ items: PublicAppeal[]; total: number; page: number; pageSize: number }>(
        '/api/public/appeals',
        {
          page,
          pageSize: 20,
        },
      ),
  });
}

export function usePublicAppeal(id: string) {
  return useQuery({
    queryKey: ['public-appeals', 'detail', id],
    queryFn: () => api.get<PublicAppealDetail>(`/api/public/appeals/${id}`),
  });
}

/** Opening a personal link once records that it was opened; the token goes in the body. */
export function useOpenLink(token: string | undefined) {
  return useQuery({
    queryKey: ['appeal-link', token],
    queryFn: () => api.post<AcknowledgmentState>('/api/public/appeal-acknowledgments/open', { token }),
    enabled: Boolean(token),
    retry: false,
    staleTime: Infinity,
  });
}

export function useAcknowledge() {
  return useMutation({
    mutationFn: (
      input: { nip: string; pledge: boolean; pledgeName?: string } & ({ token: string } | { code: string }),
    ) =>
      'token' in input
        ? api.post<AcknowledgmentState>('/api/public/appeal-acknowledgments/link', input)
        : api.post<AcknowledgmentState>('/api/public/appeal-acknowledgments/code', input),
  });
}
