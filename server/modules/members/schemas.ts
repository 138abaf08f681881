import { z } from "zod";
import { ROLES } from "../../permissions";

export const roleSchema = z.enum(ROLES);

export const addMemberInput = z.object({
  email: z.email("Enter a valid e-mail address").trim().toLowerCase().max(254),
  name: z.string().trim().max(100).optional(),
  role: roleSchema,
});

export const changeMemberRoleInput = z.object({
  userId: z.uuid(),
  role: roleSchema,
});

export const removeMemberInput = z.object({
  userId: z.uuid(),
});

export type AddMemberInput = z.infer<typeof addMemberInput>;
export type ChangeMemberRoleInput = z.infer<typeof changeMemberRoleInput>;
export type RemoveMemberInput = z.infer<typeof removeMemberInput>;
