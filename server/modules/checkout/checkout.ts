// The checkout entry point for every transport: validation, Idempotency-Key, the order transaction.
import type { StoreCtx } from "../../context";
import { AppError, validationError } from "../../errors";
import { toOrderResource, type OrderView } from "../orders";
import { withIdempotency } from "./idempotency";
import { placeOrder, type PlaceOrderOptions } from "./place-order";
import { checkoutInput, type CheckoutInput } from "./schemas";

export interface CheckoutResult {
  status: number;
  /** The REST representation (what an Idempotency-Key replays). */
  body: unknown;
  replayed: boolean;
  /** The order, when this call created it (not on a replay). */
  order: OrderView | null;
}

/** The body of an error response, shared by REST problem+json and idempotent replays. */
export type ErrorBodyBuilder = (error: AppError) => unknown;

export async function checkout(
  store: StoreCtx,
  rawInput: CheckoutInput,
  options: { idempotencyKey?: string | null; errorBody: ErrorBodyBuilder } & PlaceOrderOptions,
): Promise<CheckoutResult> {
  const parsed = checkoutInput.safeParse(rawInput);
  if (!parsed.success) throw validationError(parsed.error);
  const input = parsed.data;
  let order: OrderView | null = null;
  const result = await withIdempotency(
    store,
    options.idempotencyKey ?? null,
    input,
    async (complete) => {
      order = await placeOrder(store, input, {
        ...options,
        beforeCommit: complete ? (tx, created) => complete(tx, { status: 201, body: toOrderResource(created) }) : undefined,
      });
      return { status: 201, body: toOrderResource(order) };
    },
    options.errorBody,
  );
  return { ...result, order };
}
