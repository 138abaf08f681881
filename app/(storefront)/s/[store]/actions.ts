"use server";
// Shopper actions (progressive enhancement: plain forms work without JavaScript).
import { randomUUID } from "node:crypto";
import { refresh, revalidatePath } from "next/cache";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { createCart, setCartItem, CART_TTL_DAYS } from "@/server/modules/carts";
import { checkout } from "@/server/modules/checkout";
import { AppError } from "@/server/errors";
import { cartCookieName, currentCart, getStore, storeBase, storeContext } from "./_lib/store";

export interface ActionState {
  error?: string;
  fieldErrors?: Record<string, string>;
  ok?: string;
}

async function ensureCart(param: string): Promise<string> {
  const existing = await currentCart(param);
  if (existing) return existing.id;
  const store = await getStore(param);
  const cart = await createCart(await storeContext(param));
  (await cookies()).set(cartCookieName(store.slug), cart.id, {
    httpOnly: true,
    sameSite: "lax",
    secure: process.env.NODE_ENV === "production" && (process.env.APP_URL ?? "").startsWith("https:"),
    path: "/",
    maxAge: CART_TTL_DAYS * 86_400,
  });
  return cart.id;
}

const quantitySchema = z.coerce.number().int().min(0).max(999);

function messageOf(error: unknown): string {
  if (error instanceof AppError) return error.message;
  throw error;
}

export async function addToCart(param: string, _prev: ActionState, form: FormData): Promise<ActionState> {
  const productId = String(form.get("productId") ?? "");
  const quantity = quantitySchema.safeParse(form.get("quantity") ?? 1);
  if (!quantity.success || quantity.data < 1) return { error: "Choose a quantity between 1 and 999." };
  try {
    const cartId = await ensureCart(param);
    const cart = await currentCart(param);
    const already = cart?.lines.find((l) => l.productId === productId)?.quantity ?? 0;
    await setCartItem(await storeContext(param), { cartId, productId, quantity: already + quantity.data });
  } catch (error) {
    return { error: messageOf(error) };
  }
  refresh();
  return { ok: "Added to cart" };
}

export async function updateCartLine(param: string, _prev: ActionState, form: FormData): Promise<ActionState> {
  const quantity = quantitySchema.safeParse(form.get("quantity"));
  if (!quantity.success) return { error: "Quantity must be a whole number from 0 to 999." };
  const cart = await currentCart(param);
  if (!cart) return { error: "Your cart has expired." };
  try {
    await setCartItem(await storeContext(param), { cartId: cart.id, productId: String(form.get("productId") ?? ""), quantity: quantity.data });
  } catch (error) {
    return { error: messageOf(error) };
  }
  refresh();
  return {};
}

export async function placeOrder(param: string, _prev: ActionState, form: FormData): Promise<ActionState> {
  const cart = await currentCart(param);
  if (!cart || cart.lines.length === 0) return { error: "Your cart is empty." };
  const store = await storeContext(param);
  let destination: string;
  try {
    const result = await checkout(
      store,
      { cartId: cart.id, email: String(form.get("email") ?? ""), promoCode: String(form.get("promoCode") ?? "") || undefined },
      // The form carries a key made when it was rendered: a double submit places one order.
      { idempotencyKey: String(form.get("idempotencyKey") ?? "") || randomUUID(), errorBody: (e) => ({ code: e.code, message: e.message }) },
    );
    if (result.status >= 400) return { error: (result.body as { message?: string }).message ?? "Checkout failed." };
    const body = result.body as { id: string };
    const order = result.order ?? (await store.db.order.findFirst({ where: { id: body.id }, select: { accessKey: true } }));
    destination = `${await storeBase(param)}/orders/${body.id}?key=${order!.accessKey}`;
  } catch (error) {
    if (error instanceof AppError) {
      const issues = error.details?.issues;
      if (issues?.length) return { error: error.message, fieldErrors: Object.fromEntries(issues.map((i) => [i.path, i.message])) };
      return { error: error.message };
    }
    throw error;
  }
  // The layout (cart count) must not survive the redirect from cache.
  revalidatePath("/", "layout");
  redirect(destination);
}
