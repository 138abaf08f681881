// A tenant with one member of each role, each with an API token, for authorization tests.
import { randomBytes } from "node:crypto";
import type { Role } from "../db/generated/client";
import { hashTokenSecret, tokenDisplayPrefix } from "../auth/tokens";
import { ROLES } from "../permissions";
import { createMember, createTenant, ownerDb } from "./db";
import { createCaller } from "../root";
import { createTRPCContext } from "../trpc";

export interface RoleFixture {
  userId: string;
  email: string;
  token: string;
  tokenId: string;
}

export interface TenantFixture {
  id: string;
  slug: string;
  name: string;
  roles: Record<Role, RoleFixture>;
}

export async function createTokenFor(tenantId: string, userId: string, name = "test token") {
  const secret = `sf_test_${randomBytes(12).toString("hex")}`;
  const token = await ownerDb().apiToken.create({
    data: { tenantId, userId, name, prefix: tokenDisplayPrefix(secret), tokenHash: hashTokenSecret(secret) },
    select: { id: true },
  });
  return { secret, id: token.id };
}

export async function createTenantWithRoles(): Promise<TenantFixture> {
  const tenant = await createTenant();
  const roles = {} as Record<Role, RoleFixture>;
  for (const role of ROLES) {
    const user = await createMember(tenant.id, role);
    const token = await createTokenFor(tenant.id, user.id, `${role} token`);
    roles[role] = { userId: user.id, email: user.email, token: token.secret, tokenId: token.id };
  }
  return { id: tenant.id, slug: tenant.slug, name: tenant.name, roles };
}

export function headersFor(token: string, tenantSlug?: string, extra: Record<string, string> = {}) {
  const h = new Headers({ authorization: `Bearer ${token}`, ...extra });
  if (tenantSlug) h.set("x-storefleet-tenant", tenantSlug);
  return h;
}

/** A server-side tRPC caller acting with an API token (the same middleware as HTTP requests). */
export function callerAs(token: string, tenantSlug?: string, extra: Record<string, string> = {}) {
  return createCaller(createTRPCContext({ headers: headersFor(token, tenantSlug, extra) }));
}

export async function auditRows(tenantId: string) {
  return ownerDb().auditLog.findMany({ where: { tenantId }, orderBy: { createdAt: "asc" } });
}
