import { z } from "zod";

export const cartIdInput = z.object({ cartId: z.uuid() });

export const setCartItemInput = z.object({
  cartId: z.uuid(),
  productId: z.uuid(),
  quantity: z.number().int("Whole numbers only").min(0).max(999, "At most 999"),
});

export type SetCartItemInput = z.infer<typeof setCartItemInput>;
