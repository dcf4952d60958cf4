import { z } from 'zod';
import { ORGANIZATION_TYPES } from './roles';
import { RegionCodeSchema } from './common';

export const OrganizationSchema = z.object({
  id: z.uuid(),
  type: z.enum(ORGANIZATION_TYPES),
  name: z.string(),
  regionCode: z.string(),
  regionName: z.string(),
  parentId: z.uuid().nullable(),
  parentName: z.string().nullable(),
  memberCount: z.number().int(),
  abilities: z.object({ canManage: z.boolean() }),
});
export type Organization = z.infer<typeof OrganizationSchema>;

export const CreateOrganizationInputSchema = z.object({
  type: z.enum(ORGANIZATION_TYPES),
  name: z.string().trim().min(3, 'minimal 3 karakter / at least 3 characters').max(200),
  regionCode: RegionCodeSchema,
  parentId: z.uuid().nullable(),
});
export type CreateOrganizationInput = z.infer<typeof CreateOrganizationInputSchema>;

export const UpdateOrganizationInputSchema = z.object({
  name: z.string().trim().min(3).max(200),
  parentId: z.uuid().nullable(),
});
export type UpdateOrganizationInput = z.infer<typeof UpdateOrganizationInputSchema>;
