import { timingSafeEqual } from "node:crypto";
import type { StoreCtx } from "../../context";
import { AppError } from "../../errors";
import { loadOrder } from "./order-view";

/** The shopper's confirmation page: the order id plus its unguessable access key, or not found. */
export async function getStoreOrder(store: StoreCtx, id: string, accessKey: string) {
  const order = await loadOrder(store.db, id).catch(() => null);
  const a = Buffer.from(order?.accessKey ?? "");
  const b = Buffer.from(accessKey);
  if (!order || a.length !== b.length || !timingSafeEqual(a, b)) throw new AppError("not_found", "No such order.");
  return order;
}
