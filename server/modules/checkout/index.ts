export { checkout } from "./checkout";
export type { CheckoutResult } from "./checkout";
export { placeOrder } from "./place-order";
export type { StockStrategy, ShortLine } from "./place-order";
export { previewPromo } from "./promo";
export { checkoutInput, promoCodeSchema } from "./schemas";
export type { CheckoutInput } from "./schemas";
export { purgeExpiredIdempotencyKeys, IDEMPOTENCY_TTL_MS } from "./idempotency";
export { restCheckoutBody } from "./rest";
