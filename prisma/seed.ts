// Demo data: two tenants, five people, five API tokens with well-known secrets.
// Refused under NODE_ENV=production unless DEMO_SEED=1. Idempotent: skips when company-a exists.
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient, type Role } from "../server/db/generated/client";
import { hashPassword } from "../server/auth/passwords";
import { hashTokenSecret, tokenDisplayPrefix } from "../server/auth/tokens";
import { DEMO_CATALOG } from "./demo-catalog";

export const DEMO_PASSWORD = "demo1234";

export const DEMO_TENANTS = [
  { slug: "company-a", name: "Company A", currency: "EUR" },
  { slug: "company-b", name: "Company B", currency: "EUR" },
] as const;

export const DEMO_USERS: ReadonlyArray<{ name: string; tenant: string; role: Role; token: string }> = [
  { name: "admin_a", tenant: "company-a", role: "admin", token: "token_admin_a" },
  { name: "user_a", tenant: "company-a", role: "user", token: "token_user_a" },
  { name: "analyst_a", tenant: "company-a", role: "analyst", token: "token_analyst_a" },
  { name: "guest_a", tenant: "company-a", role: "guest", token: "token_guest_a" },
  { name: "admin_b", tenant: "company-b", role: "admin", token: "token_admin_b" },
];

export async function seedDemo(databaseUrl: string, log: (line: string) => void = console.log): Promise<boolean> {
  if (process.env.NODE_ENV === "production" && process.env.DEMO_SEED !== "1") {
    throw new Error("Refusing to seed demo data with NODE_ENV=production (set DEMO_SEED=1 to override).");
  }
  const db = new PrismaClient({ adapter: new PrismaPg({ connectionString: databaseUrl, max: 2 }) });
  try {
    if (await db.tenant.findUnique({ where: { slug: "company-a" }, select: { id: true } })) {
      log("demo data already present");
      return false;
    }
    const passwordHash = await hashPassword(DEMO_PASSWORD);
    await db.$transaction(async (tx) => {
      const tenantIds = new Map<string, string>();
      for (const t of DEMO_TENANTS) {
        const tenant = await tx.tenant.create({ data: { ...t, plan: "pro" }, select: { id: true } });
        tenantIds.set(t.slug, tenant.id);
      }
      for (const [slug, products] of Object.entries(DEMO_CATALOG)) {
        const tenantId = tenantIds.get(slug)!;
        await tx.product.createMany({
          data: products.map((p) => ({
            tenantId,
            sku: p.sku,
            name: p.name,
            description: p.description,
            category: p.category,
            priceMinor: p.priceMinor,
            currency: "EUR",
            stock: p.stock,
            imageUrl: `/products/${p.image}.svg`,
          })),
        });
        await tx.promoCode.create({ data: { tenantId, code: "SUMMER10", percentOff: 10 } });
      }
      for (const u of DEMO_USERS) {
        const tenantId = tenantIds.get(u.tenant)!;
        const user = await tx.user.create({
          data: { email: `${u.name}@example.com`, name: u.name, passwordHash },
          select: { id: true },
        });
        await tx.membership.create({ data: { tenantId, userId: user.id, role: u.role } });
        await tx.apiToken.create({
          data: { tenantId, userId: user.id, name: `${u.name} demo token`, prefix: tokenDisplayPrefix(u.token), tokenHash: hashTokenSecret(u.token) },
        });
      }
    });
    log(`seeded demo tenants ${DEMO_TENANTS.map((t) => t.slug).join(", ")}, ${DEMO_USERS.length} users, catalogs and promo code SUMMER10`);
    return true;
  } finally {
    await db.$disconnect();
  }
}

// `tsx prisma/seed.ts` (npm run db:seed)
if (import.meta.url === `file://${process.argv[1]}`) {
  const url = process.env.DATABASE_URL;
  if (!url) {
    console.error("DATABASE_URL (the owner connection) is required to seed.");
    process.exit(1);
  }
  seedDemo(url).catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
