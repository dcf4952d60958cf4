import { z } from 'zod';
import { ROLES, ORGANIZATION_TYPES } from './roles';

export const MembershipSchema = z.object({
  id: z.uuid(),
  organizationId: z.uuid(),
  organizationName: z.string(),
  organizationType: z.enum(ORGANIZATION_TYPES),
  regionCode: z.string(),
  role: z.enum(ROLES),
});
export type MembershipDto = z.infer<typeof MembershipSchema>;

export const UserSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  email: z.string(),
  twoFactorEnabled: z.boolean(),
  memberships: z.array(MembershipSchema),
});
export type UserDto = z.infer<typeof UserSchema>;

export const MeSchema = UserSchema.extend({
  locale: z.string(),
  twoFactorRequired: z.boolean(),
  abilities: z.record(z.string(), z.boolean()),
});
export type Me = z.infer<typeof MeSchema>;

export const AddMembershipInputSchema = z.object({ organizationId: z.uuid(), role: z.enum(ROLES) });

export const InvitationSchema = z.object({
  id: z.uuid(),
  email: z.string(),
  name: z.string(),
  organizationId: z.uuid(),
  organizationName: z.string(),
  role: z.enum(ROLES),
  status: z.enum(['pending', 'accepted', 'expired', 'revoked']),
  expiresAt: z.string(),
  createdAt: z.string(),
});
export type InvitationDto = z.infer<typeof InvitationSchema>;

export const CreateInvitationInputSchema = z.object({
  email: z.email('alamat email tidak valid / invalid e-mail address').max(254),
  name: z.string().trim().min(2).max(120),
  organizationId: z.uuid(),
  role: z.enum(ROLES),
});
export type CreateInvitationInput = z.infer<typeof CreateInvitationInputSchema>;

export const InvitationPreviewSchema = z.object({
  email: z.string(),
  name: z.string(),
  organizationName: z.string(),
  role: z.enum(ROLES),
  expiresAt: z.string(),
});

export const AcceptInvitationInputSchema = z.object({
  password: z.string().min(10, 'minimal 10 karakter / at least 10 characters').max(128),
  locale: z.enum(['id', 'en']).default('id'),
});
