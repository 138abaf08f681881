// Test helpers: an owner client (superuser, bypasses RLS) to arrange fixtures, and factories.
// Only tests import this module.
import { randomUUID } from "node:crypto";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient, type Role } from "../db/generated/client";

let owner: PrismaClient | undefined;

export function ownerDb(): PrismaClient {
  owner ??= new PrismaClient({ adapter: new PrismaPg({ connectionString: process.env.DATABASE_URL!, max: 4 }) });
  return owner;
}

/** A raw pg client connected as the given role (for catalog and privilege checks). */
export async function rawClient(role: "owner" | "app" | "system"): Promise<pg.Client> {
  const url =
    role === "owner"
      ? process.env.DATABASE_URL
      : role === "app"
        ? process.env.APP_DATABASE_URL
        : process.env.SYSTEM_DATABASE_URL;
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  return client;
}

export function uniqueSlug(prefix = "t") {
  return `${prefix}-${randomUUID().slice(0, 8)}`;
}

export async function createTenant(data: { slug?: string; name?: string; currency?: string } = {}) {
  const slug = data.slug ?? uniqueSlug();
  return ownerDb().tenant.create({
    data: { slug, name: data.name ?? `Tenant ${slug}`, currency: data.currency ?? "EUR" },
  });
}

export async function createUser(data: { email?: string; name?: string; passwordHash?: string | null } = {}) {
  const email = data.email ?? `${randomUUID().slice(0, 12)}@example.test`;
  return ownerDb().user.create({
    data: { email, name: data.name ?? email.split("@")[0]!, passwordHash: data.passwordHash ?? null },
  });
}

export async function createMember(tenantId: string, role: Role, data: { email?: string; passwordHash?: string } = {}) {
  const user = await createUser(data);
  await ownerDb().membership.create({ data: { tenantId, userId: user.id, role } });
  return user;
}
