import { z } from "zod";

export const createTokenInput = z.object({
  name: z.string().trim().min(1, "Give the token a name").max(80, "At most 80 characters"),
  expiresInDays: z.number().int().min(1).max(3650).nullable().default(90),
});

export const revokeTokenInput = z.object({ id: z.uuid() });

export type CreateTokenInput = z.input<typeof createTokenInput>;
export type RevokeTokenInput = z.infer<typeof revokeTokenInput>;
