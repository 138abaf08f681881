// Storefront fixtures: a store with products, carts filled as a shopper would.
import { randomUUID } from "node:crypto";
import { buildStoreCtx, type StoreCtx } from "../context";
import { findTenantById } from "../db/system";
import { createCart, setCartItem } from "../modules/carts";
import { AppError } from "../errors";
import { createTenant, ownerDb } from "./db";

export async function createStore(): Promise<StoreCtx> {
  const tenant = await createTenant();
  return storeCtxFor(tenant.id);
}

export async function storeCtxFor(tenantId: string): Promise<StoreCtx> {
  const ref = await findTenantById(tenantId);
  return buildStoreCtx(ref!, { requestId: randomUUID(), ip: "127.0.0.1", userAgent: "vitest" });
}

export async function createProduct(tenantId: string, data: { stock: number; priceMinor?: number; name?: string; active?: boolean }) {
  return ownerDb().product.create({
    data: {
      tenantId,
      sku: `SKU-${randomUUID().slice(0, 8)}`,
      name: data.name ?? `Product ${randomUUID().slice(0, 4)}`,
      priceMinor: data.priceMinor ?? 1000,
      currency: "EUR",
      stock: data.stock,
      active: data.active ?? true,
    },
  });
}

export async function cartWith(store: StoreCtx, lines: Array<[string, number]>) {
  const cart = await createCart(store);
  for (const [productId, quantity] of lines) await setCartItem(store, { cartId: cart.id, productId, quantity });
  return cart.id;
}

export const errorBody = (e: AppError) => ({ code: e.code, message: e.message, ...e.details });

export async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return "ok";
  } catch (error) {
    if (error instanceof AppError) return error.code;
    throw error;
  }
}
