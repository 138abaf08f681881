import { z } from "zod";

export const promoCodeSchema = z
  .string()
  .trim()
  .max(40)
  .transform((c) => c.toUpperCase())
  .pipe(z.string().regex(/^[A-Z0-9_-]*$/, "Letters, digits, - and _ only"));

export const checkoutInput = z.object({
  cartId: z.uuid(),
  email: z.email("Enter a valid e-mail address").trim().toLowerCase().max(254),
  promoCode: promoCodeSchema.optional().transform((c) => (c ? c : undefined)),
});

export type CheckoutInput = z.input<typeof checkoutInput>;
export type CheckoutRequest = z.output<typeof checkoutInput>;
