import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CreateInvitationInput, InvitationDto, Role } from '@netra/contracts';
import { api } from '../../../lib/api-client';

export type Page<T> = { items: T[]; total: number; page: number; pageSize: number };
export type CreatedInvitation = InvitationDto & { link: string };
export type InvitationPreview = {
  email: string;
  name: string;
  organizationName: string;
  role: Role;
  expiresAt: string;
};

export const invitationKeys = {
  all: ['invitations'] as const,
  list: (page: number) => ['invitations', 'list', page] as const,
  preview: (token: string) => ['invitations', 'preview', token] as const,
};

export function useInvitations(page: number) {
  return useQuery({
    queryKey: invitationKeys.list(page),
    queryFn: () => api.get<Page<InvitationDto>>('/api/invitations', { page, pageSize: 25 }),
    placeholderData: keepPreviousData,
  });
}

export function useCreateInvitation() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateInvitationInput) => api.post<CreatedInvitation>('/api/invitations', input),
    onSuccess: () => client.invalidateQueries({ queryKey: invitationKeys.all }),
  });
}

export function useRevokeInvitation() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.delete(`/api/invitations/${id}`),
    onSuccess: () => client.invalidateQueries({ queryKey: invitationKeys.all }),
  });
}

export function useInvitationPreview(token: string) {
  return useQuery({
    queryKey: invitationKeys.preview(token),
    queryFn: () => api.get<InvitationPreview>(`/api/public/invitations/${encodeURIComponent(token)}`),
  });
}

export function useAcceptInvitation(token: string) {
  return useMutation({
    mutationFn: (input: { password: string; locale: 'id' | 'en' }) =>
      api.post<{ email: string }>(`/api/public/invitations/${encodeURIComponent(token)}/accept`, input),
  });
}
