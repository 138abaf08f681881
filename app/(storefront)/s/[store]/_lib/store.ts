import "server-only";
// Storefront page helpers: the store from the [store] segment, links that work on both the store's
// own host (proxy rewrite) and /s/<slug>, and the shopper's cart cookie.
import { cookies, headers } from "next/headers";
import { notFound } from "next/navigation";
import { cache } from "react";
import { buildStoreCtx } from "@/server/context";
import { requestMeta } from "@/server/auth/request-meta";
import { isRootHost, storeByParam } from "@/server/auth/storefront";
import { loadCart, type CartView } from "@/server/modules/carts";
import { AppError } from "@/server/errors";

export const getStore = cache(async (param: string) => {
  const store = await storeByParam(param);
  if (!store) notFound();
  return store;
});

export const storeContext = cache(async (param: string) => buildStoreCtx(await getStore(param), requestMeta(await headers())));

/** "" on the store's own host (links are /cart), "/s/<slug>" on the platform host. */
export async function storeBase(param: string): Promise<string> {
  const host = (await headers()).get("host") ?? "";
  const onPlatformHost = isRootHost(host) || host.startsWith("127.0.0.1") || !host.includes(".");
  return onPlatformHost ? `/s/${param}` : "";
}

export function cartCookieName(slug: string) {
  return `sf_cart_${slug}`;
}

export const currentCart = cache(async (param: string): Promise<CartView | null> => {
  const store = await getStore(param);
  const cartId = (await cookies()).get(cartCookieName(store.slug))?.value;
  if (!cartId || !/^[0-9a-f-]{36}$/i.test(cartId)) return null;
  try {
    return await loadCart((await storeContext(param)).db, store, cartId);
  } catch (error) {
    if (error instanceof AppError && error.code === "not_found") return null;
    throw error;
  }
});
