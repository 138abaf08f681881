// Reads the next-auth session JWT straight from the request's cookies, so the same resolver works
// in route handlers, tRPC, server components and tests (no dependency on Next's request scope).
import { getToken } from "next-auth/jwt";
import { env } from "../env";

export const SESSION_COOKIE = "authjs.session-token";
export const SECURE_SESSION_COOKIE = "__Secure-authjs.session-token";

export async function readSessionClaims(headers: Headers): Promise<{ uid: string; sv: number } | null> {
  const cookie = headers.get("cookie") ?? "";
  if (!cookie.includes(SESSION_COOKIE)) return null;
  const secureCookie = cookie.includes(SECURE_SESSION_COOKIE);
  const token = await getToken({ req: { headers }, secret: env.AUTH_SECRET, secureCookie }).catch(() => null);
  if (!token || typeof token.uid !== "string" || typeof token.sv !== "number") return null;
  return { uid: token.uid, sv: token.sv };
}
