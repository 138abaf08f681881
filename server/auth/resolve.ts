// The one request-context resolver, shared by tRPC and REST:
//   credentials (API token or next-auth session) → principal
//   principal + the tenant the route asks for   → TenantCtx, or a refusal
//   storefront host / store slug                → tenant for an anonymous shopper
// A tenant hint that contradicts the credentials is refused (403) and audited in the tenant it
// named; it is never followed.
import type { Role } from "../db/generated/enums";
import { findApiTokenByHash, findMembership, findTenantById, findTenantBySlug, touchApiToken, type TenantRef } from "../db/system";
import { storeBySlug, tenantById } from "./storefront";
import { AppError } from "../errors";
import { buildTenantCtx, type Actor, type TenantCtx } from "../context";
import { recordDenial } from "../modules/audit/record";
import { readSessionClaims } from "./session-token";
import type { RequestMeta } from "./request-meta";
import { validateSession } from "./session-cache";
import { bearerToken, hashTokenSecret } from "./tokens";

export type Principal =
  | { kind: "session"; user: { id: string; email: string; name: string } }
  | { kind: "token"; user: { id: string; email: string; name: string }; token: { id: string; tenantId: string; name: string } };

const TOUCH_INTERVAL_MS = 60_000;

/**
 * Who is calling. A presented bearer token must be valid: a bad one is 401, not anonymous.
 * Session cookies count only where allowSession (tRPC, pages); the REST API takes tokens only,
 * which also keeps it out of reach of cross-site requests.
 */
export async function resolvePrincipal(headers: Headers, options: { allowSession?: boolean } = {}): Promise<Principal | null> {
  const secret = bearerToken(headers.get("authorization"));
  if (secret !== null) return resolveToken(secret);
  if (options.allowSession === false) return null;
  const claims = await readSessionClaims(headers);
  if (!claims) return null;
  const user = await validateSession(claims.uid, claims.sv);
  return user ? { kind: "session", user: { id: user.id, email: user.email, name: user.name } } : null;
}

async function resolveToken(secret: string): Promise<Principal> {
  const token = await findApiTokenByHash(hashTokenSecret(secret));
  const now = new Date();
  if (!token) throw new AppError("unauthorized", "Invalid API token.");
  if (token.revokedAt) throw new AppError("unauthorized", "This API token has been revoked.");
  if (token.expiresAt && token.expiresAt <= now) throw new AppError("unauthorized", "This API token has expired.");
  if (!token.lastUsedAt || now.getTime() - token.lastUsedAt.getTime() > TOUCH_INTERVAL_MS) {
    await touchApiToken(token.id, now);
  }
  return {
    kind: "token",
    user: token.user,
    token: { id: token.id, tenantId: token.tenantId, name: token.name },
  };
}

export function actorOf(principal: Principal): Actor {
  return principal.kind === "token"
    ? { userId: principal.user.id, tokenId: principal.token.id, label: `token ${principal.token.name} (${principal.user.email})` }
    : { userId: principal.user.id, tokenId: null, label: principal.user.email };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

async function tenantByHint(hint: string): Promise<TenantRef | null> {
  return UUID.test(hint) ? findTenantById(hint) : findTenantBySlug(hint.toLowerCase());
}

function matches(tenant: TenantRef, hint: string) {
  return hint === tenant.id || hint.toLowerCase() === tenant.slug;
}

async function refuseMismatch(principal: Principal, hinted: TenantRef | null, home: TenantRef | null, meta: RequestMeta, detail: Record<string, unknown>): Promise<never> {
  const logIn = hinted ?? home;
  if (logIn) {
    await recordDenial(logIn.id, actorOf(principal), meta, { action: "tenant.access", resourceType: "tenant", resourceId: logIn.id, metadata: detail });
  }
  throw new AppError("tenant_mismatch", "These credentials do not give access to that tenant.");
}

/**
 * The tenant a request acts in, and the caller's role there.
 * - token: the token's tenant; `requestedSlug` (a path) or an X-Tenant-ID header must agree with it.
 * - session: the tenant the route asks for (`requestedSlug`), where the user must be a member.
 */
export async function resolveTenantAccess(
  principal: Principal,
  request: { requestedSlug?: string | null; headers: Headers; meta: RequestMeta },
): Promise<TenantCtx> {
  const { requestedSlug, headers, meta } = request;
  const headerHint = headers.get("x-tenant-id")?.trim() || null;
  let tenant: TenantRef | null;

  if (principal.kind === "token") {
    tenant = await tenantById(principal.token.tenantId);
    if (!tenant) throw new AppError("unauthorized", "Invalid API token.");
    for (const [source, hint] of [["x-tenant-id", headerHint], ["path", requestedSlug]] as const) {
      if (hint && !matches(tenant, hint)) {
        await refuseMismatch(principal, await tenantByHint(hint), tenant, meta, { source, hint });
      }
    }
  } else {
    if (!requestedSlug) throw new AppError("not_found", "No tenant selected.");
    tenant = await storeBySlug(requestedSlug);
    if (headerHint && tenant && !matches(tenant, headerHint)) {
      await refuseMismatch(principal, await tenantByHint(headerHint), tenant, meta, { source: "x-tenant-id", hint: headerHint });
    }
  }

  const membership = tenant ? await findMembership(principal.user.id, tenant.id) : null;
  if (!tenant || !membership) {
    if (principal.kind === "token") {
      // The token's user left the tenant: the token no longer works.
      throw new AppError("unauthorized", "This API token's user is no longer a member of its tenant.");
    }
    if (tenant) {
      await recordDenial(tenant.id, actorOf(principal), meta, { action: "tenant.access", resourceType: "tenant", resourceId: tenant.id, metadata: { source: "path" } });
      throw new AppError("tenant_mismatch", "You are not a member of this tenant.");
    }
    throw new AppError("not_found", "No such tenant.");
  }
  return buildTenantCtx({ tenant, role: membership.role as Role, actor: actorOf(principal), meta });
}
