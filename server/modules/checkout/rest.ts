import { z } from "zod";

export const restCheckoutBody = z.object({
  email: z.email("Enter a valid e-mail address"),
  promo_code: z.string().trim().max(40).optional(),
});
