import { z } from "zod";

export const createPromoInput = z
  .object({
    code: z
      .string()
      .trim()
      .min(2, "At least 2 characters")
      .max(40)
      .transform((c) => c.toUpperCase())
      .pipe(z.string().regex(/^[A-Z0-9_-]+$/, "Letters, digits, - and _ only")),
    percentOff: z.number().int("Whole percent").min(0).max(100, "At most 100 %"),
    startsAt: z.coerce.date().nullable().default(null),
    endsAt: z.coerce.date().nullable().default(null),
    maxRedemptions: z.number().int().min(1).nullable().default(null),
  })
  .refine((p) => !p.startsAt || !p.endsAt || p.startsAt < p.endsAt, { path: ["endsAt"], message: "Must be after the start" });

export const setPromoActiveInput = z.object({ id: z.uuid(), active: z.boolean() });

export type CreatePromoInput = z.input<typeof createPromoInput>;
