// npm run bench:rls — the cost of tenant scoping. The same reads (findMany of 20 rows; findUnique
// by id) on the same data through:
//   plain   Prisma as the owner, no RLS involved, filtering by tenant_id itself
//   scoped  the app's tenant-scoped client as storefleet_app under RLS (set_config in the same
//           round trip as each statement: server/db/tenant-pool.ts)
//   plain-unbatched  plain, with findUnique issued as findFirst (no cross-caller merging)
//   naive   Prisma's published pattern: each operation in a batch $transaction with set_config
// Sequential, then 8 concurrent callers over 8 tenants. Prints p50/p95 and the ratio to plain.
import { randomUUID } from "node:crypto";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient } from "../../server/db/generated/client";
import { createAppClient, scopeClient } from "../../server/db/client";
import { benchDatabase, ms, summarize, time } from "./lib";

const ITERATIONS = Number(process.env.BENCH_ITERATIONS ?? 2000);
const TENANTS = 8;
const ROWS_PER_TENANT = 200;
const POOL = 10;

const db = await benchDatabase();
const ownerPool = new pg.Pool({ connectionString: db.ownerUrl, max: POOL });
const owner = new PrismaClient({ adapter: new PrismaPg(ownerPool) });
const { client: appBase, pool: appPool } = createAppClient(db.appUrl, POOL);
const naivePool = new pg.Pool({ connectionString: db.appUrl, max: POOL });
const naiveBase = new PrismaClient({ adapter: new PrismaPg(naivePool) });

function naiveScope(tenantId: string) {
  return naiveBase.$extends({
    query: {
      $allModels: {
        async $allOperations({ args, query }) {
          const [, result] = await naiveBase.$transaction([
            naiveBase.$executeRaw`SELECT set_config('app.tenant_id', ${tenantId}, true)`,
            query(args),
          ]);
          return result;
        },
      },
    },
  });
}

// Same data for every variant: TENANTS tenants × ROWS_PER_TENANT domains.
const tenants: Array<{ id: string; ids: string[] }> = [];
for (let t = 0; t < TENANTS; t++) {
  const tenant = await owner.tenant.create({ data: { slug: `bench-${t}-${randomUUID().slice(0, 6)}`, name: `Bench ${t}` } });
  await owner.tenantDomain.createMany({
    data: Array.from({ length: ROWS_PER_TENANT }, (_, i) => ({ tenantId: tenant.id, host: `h${i}-${randomUUID()}.bench.test`, verified: i % 2 === 0 })),
  });
  const rows = await owner.tenantDomain.findMany({ where: { tenantId: tenant.id }, select: { id: true } });
  tenants.push({ id: tenant.id, ids: rows.map((r) => r.id) });
}
await owner.$executeRaw`ANALYZE`;

type Reader = { findMany: (tenantIdx: number) => Promise<unknown>; findUnique: (tenantIdx: number, i: number) => Promise<unknown> };

const variants: Record<string, Reader> = {
  plain: {
    findMany: (t) => owner.tenantDomain.findMany({ where: { tenantId: tenants[t]!.id }, take: 20, orderBy: { createdAt: "asc" } }),
    findUnique: (t, i) => owner.tenantDomain.findUnique({ where: { id: tenants[t]!.ids[i % ROWS_PER_TENANT]! } }),
  },
  scoped: {
    findMany: (t) => scopeClient(appBase, tenants[t]!.id).tenantDomain.findMany({ take: 20, orderBy: { createdAt: "asc" } }),
    findUnique: (t, i) => scopeClient(appBase, tenants[t]!.id).tenantDomain.findUnique({ where: { id: tenants[t]!.ids[i % ROWS_PER_TENANT]! } }),
  },
  naive: {
    findMany: (t) => naiveScope(tenants[t]!.id).tenantDomain.findMany({ take: 20, orderBy: { createdAt: "asc" } }),
    findUnique: (t, i) => naiveScope(tenants[t]!.id).tenantDomain.findUnique({ where: { id: tenants[t]!.ids[i % ROWS_PER_TENANT]! } }),
  },
};

// Plain Prisma merges concurrent findUnique calls into one statement; the scoped client must not
// (it would merge tenants), so this shows plain without that merging.
variants["plain-unbatched"] = {
  findMany: variants.plain!.findMany,
  findUnique: (t, i) => owner.tenantDomain.findFirst({ where: { id: tenants[t]!.ids[i % ROWS_PER_TENANT]! } }),
};

// Scoped clients are created once per tenant in the app (forTenant caches them); do the same here.
const scopedClients = tenants.map((t) => scopeClient(appBase, t.id));
const naiveClients = tenants.map((t) => naiveScope(t.id));
variants.scoped = {
  findMany: (t) => scopedClients[t]!.tenantDomain.findMany({ take: 20, orderBy: { createdAt: "asc" } }),
  findUnique: (t, i) => scopedClients[t]!.tenantDomain.findUnique({ where: { id: tenants[t]!.ids[i % ROWS_PER_TENANT]! } }),
};
variants.naive = {
  findMany: (t) => naiveClients[t]!.tenantDomain.findMany({ take: 20, orderBy: { createdAt: "asc" } }),
  findUnique: (t, i) => naiveClients[t]!.tenantDomain.findUnique({ where: { id: tenants[t]!.ids[i % ROWS_PER_TENANT]! } }),
};

// Sanity: every variant returns the same rows.
for (const [name, v] of Object.entries(variants)) {
  const rows = (await v.findMany(0)) as Array<{ id: string }>;
  if (rows.length !== 20 || rows.some((r) => !tenants[0]!.ids.includes(r.id))) throw new Error(`${name} returned wrong rows`);
}

const NAMES = ["plain", "plain-unbatched", "scoped", "naive"] as const;
type Op = "findMany" | "findUnique";
const call = (reader: Reader, op: Op, t: number, i: number) => (op === "findMany" ? reader.findMany(t) : reader.findUnique(t, i));

// Variants take turns operation by operation, so machine noise falls on all of them alike.
async function sequential(op: Op) {
  const samples: Record<string, number[]> = Object.fromEntries(NAMES.map((n) => [n, []]));
  for (let i = 0; i < 300; i++) for (const name of NAMES) await call(variants[name]!, op, i % TENANTS, i); // warm-up
  for (let i = 0; i < ITERATIONS; i++) {
    for (const name of NAMES) samples[name]!.push(await time(() => call(variants[name]!, op, i % TENANTS, i)));
  }
  return Object.fromEntries(NAMES.map((n) => [n, summarize(samples[n]!)]));
}

async function concurrent(op: Op) {
  const out: Record<string, ReturnType<typeof summarize>> = {};
  for (const round of [0, 1]) {
    for (const name of round === 0 ? NAMES : [...NAMES].reverse()) {
      const samples: number[] = [];
      await Promise.all(
        Array.from({ length: TENANTS }, async (_, worker) => {
          for (let i = 0; i < ITERATIONS / TENANTS / 2; i++) samples.push(await time(() => call(variants[name]!, op, worker, i)));
        }),
      );
      const prev = out[name];
      out[name] = prev ? summarize([...samples, ...((prev as unknown as { raw: number[] }).raw ?? [])]) : summarize(samples);
      (out[name] as unknown as { raw: number[] }).raw = samples;
    }
  }
  return out;
}

console.log(`bench:rls — ${ITERATIONS} operations per cell, ${TENANTS} tenants × ${ROWS_PER_TENANT} rows, pool ${POOL}, Node ${process.version}`);
console.log("");
const rows: string[][] = [["mode", "operation", "variant", "p50", "p95", "p50 ratio vs plain"]];
for (const [mode, run] of [["sequential", sequential], ["8 concurrent", concurrent]] as const) {
  for (const op of ["findMany", "findUnique"] as const) {
    const results = await run(op);
    for (const name of NAMES) {
      const r = results[name]!;
      rows.push([mode, op, name, ms(r.p50), ms(r.p95), `${(r.p50 / results.plain!.p50).toFixed(2)}×`]);
    }
  }
}
const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
for (const r of rows) console.log(r.map((cell, c) => cell.padEnd(widths[c]!)).join("  "));

await Promise.all([owner.$disconnect(), appBase.$disconnect(), naiveBase.$disconnect()]);
await Promise.all([ownerPool.end(), appPool.end(), naivePool.end()]);
await db.close();
