// Routing only, never auth: a storefront host is rewritten to the store's pages.
//   <slug>.<ROOT_HOST>/path  →  /s/<slug>/path
//   <custom domain>/path     →  /s/<host>/path   (the page resolves verified domains only)
// Dashboard, auth and API paths on the root host pass through untouched.
import { NextResponse, type NextRequest } from "next/server";

const ROOT_HOST = (process.env.ROOT_HOST ?? "localhost:3000").toLowerCase();
const SLUG = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;

export function proxy(request: NextRequest) {
  const host = (request.headers.get("host") ?? "").toLowerCase();
  if (!host || host === ROOT_HOST || host === `www.${ROOT_HOST}`) return NextResponse.next();
  const { pathname } = request.nextUrl;
  if (pathname.startsWith("/s/")) return NextResponse.next();

  let store: string | null = null;
  if (host.endsWith(`.${ROOT_HOST}`)) {
    const sub = host.slice(0, -(ROOT_HOST.length + 1));
    store = SLUG.test(sub) ? sub : null;
  } else if (!host.startsWith("127.0.0.1") && !host.startsWith("[::1]") && host.includes(".")) {
    store = host.replace(/:\d+$/, "");
  }
  if (!store) return NextResponse.next();

  const url = request.nextUrl.clone();
  url.pathname = `/s/${store}${pathname === "/" ? "" : pathname}`;
  return NextResponse.rewrite(url);
}

export const config = {
  // Everything except API routes, Next internals and static files.
  matcher: ["/((?!api/|_next/|favicon\\.ico|robots\\.txt|.*\\.(?:png|jpg|jpeg|svg|webp|ico|css|js)$).*)"],
};
