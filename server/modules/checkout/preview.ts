import type { StoreCtx } from "../../context";
import { AppError } from "../../errors";
import { loadCart } from "../carts";
import { calculateTotals } from "../money";
import { previewPromo } from "./promo";

/** What the checkout page shows before the order is placed: the same rules, nothing redeemed. */
export async function previewCheckout(store: StoreCtx, cartId: string, promoCode?: string) {
  const cart = await loadCart(store.db, store.store, cartId);
  let promo: { code: string; percentOff: number } | null = null;
  let promoError: string | null = null;
  if (promoCode) {
    try {
      promo = { code: promoCode, percentOff: await previewPromo(store.db, promoCode) };
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      promoError = error.message;
    }
  }
  const totals = cart.lines.length
    ? calculateTotals(cart.lines, promo?.percentOff ?? null, store.store.vatRateBps)
    : { subtotalMinor: 0, discountMinor: 0, vatMinor: 0, totalMinor: 0 };
  return { cart, totals, promo, promoError, vatRateBps: store.store.vatRateBps };
}
