// The audited system paths: the only reads that happen before a tenant is known.
// They connect as storefleet_system, a role that cannot bypass row-level security; its policies allow reading tenants,
// domains, users, memberships and API tokens, and touching api_tokens.last_used_at — nothing else
// (see the foundation migration). Every function here is small, named for its one purpose, and
// returns only the columns its caller needs.
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { roleDatabaseUrl } from "../env";
import { PrismaClient, type Role } from "./generated/client";

const globals = globalThis as typeof globalThis & { storefleetSystemClient?: PrismaClient };

function systemDb(): PrismaClient {
  if (!globals.storefleetSystemClient) {
    const pool = new pg.Pool({ connectionString: roleDatabaseUrl("system"), max: 4, application_name: "storefleet-system" });
    globals.storefleetSystemClient = new PrismaClient({ adapter: new PrismaPg(pool) });
  }
  return globals.storefleetSystemClient;
}

export interface TenantRef {
  id: string;
  slug: string;
  name: string;
  currency: string;
  plan: string;
  vatRateBps: number;
}
const tenantRefSelect = { id: true, slug: true, name: true, currency: true, plan: true, vatRateBps: true } as const;

/** Storefront routing: tenant by slug (subdomain, /s/<slug>, REST /stores/<slug>). */
export async function findTenantBySlug(slug: string): Promise<TenantRef | null> {
  return systemDb().tenant.findUnique({ where: { slug }, select: tenantRefSelect });
}

/** Storefront routing: tenant by verified custom domain. Unverified domains never route. */
export async function findTenantByVerifiedDomain(host: string): Promise<TenantRef | null> {
  const domain = await systemDb().tenantDomain.findFirst({
    where: { host: host.toLowerCase(), verified: true },
    select: { tenant: { select: tenantRefSelect } },
  });
  return domain?.tenant ?? null;
}

export async function findTenantById(id: string): Promise<TenantRef | null> {
  return systemDb().tenant.findUnique({ where: { id }, select: tenantRefSelect });
}

/** Sign-in: the credentials of one account. */
export async function findUserForSignIn(email: string) {
  return systemDb().user.findUnique({
    where: { email: email.toLowerCase() },
    select: { id: true, email: true, name: true, passwordHash: true, sessionVersion: true },
  });
}

/** Session check on every request (cached briefly by the caller). */
export async function findSessionUser(userId: string) {
  return systemDb().user.findUnique({
    where: { id: userId },
    select: { id: true, email: true, name: true, sessionVersion: true, isPlatformAdmin: true },
  });
}

/** The tenant switcher and the dashboard's access check: a user's memberships. */
export async function listMembershipsOfUser(userId: string): Promise<Array<{ role: Role; tenant: TenantRef }>> {
  return systemDb().membership.findMany({
    where: { userId },
    select: { role: true, tenant: { select: tenantRefSelect } },
    orderBy: { tenant: { name: "asc" } },
  });
}

export async function findMembership(userId: string, tenantId: string): Promise<{ role: Role } | null> {
  return systemDb().membership.findUnique({
    where: { tenantId_userId: { tenantId, userId } },
    select: { role: true },
  });
}

/** API authentication: a token by the SHA-256 of its secret. */
export async function findApiTokenByHash(tokenHash: string) {
  return systemDb().apiToken.findUnique({
    where: { tokenHash },
    select: {
      id: true,
      tenantId: true,
      userId: true,
      name: true,
      expiresAt: true,
      revokedAt: true,
      lastUsedAt: true,
      user: { select: { id: true, email: true, name: true } },
    },
  });
}

export async function touchApiToken(id: string, at: Date) {
  await systemDb().apiToken.update({ where: { id }, data: { lastUsedAt: at }, select: { id: true } });
}

/** Inviting a member: the identity behind an e-mail, if there is one. */
export async function findUserIdByEmail(email: string): Promise<string | null> {
  const user = await systemDb().user.findUnique({ where: { email: email.toLowerCase() }, select: { id: true } });
  return user?.id ?? null;
}

/** Maintenance jobs visit every tenant, each in its own tenant scope. */
export async function listTenantIds(): Promise<string[]> {
  const rows = await systemDb().tenant.findMany({ select: { id: true }, orderBy: { createdAt: "asc" } });
  return rows.map((r) => r.id);
}
