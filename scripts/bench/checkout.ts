// npm run bench:checkout — concurrent checkouts, two stock strategies, two workloads:
//   hot     every checkout buys the same product (one row everyone locks)
//   spread  checkouts buy one of 200 products at random
// For each: throughput, latency p50/p95/p99 and the oversell count (orders beyond the stock; must
// be 0). Then a sell-out run (more buyers than stock) to show refusals stay exact.
// Strategies: "conditional-update" (the app: UPDATE … WHERE stock >= qty as the last statement)
// and "select-for-update" (lock the product rows when the checkout starts, decrement at the end).
import { fork, spawnSync } from "node:child_process";
import { randomUUID } from "node:crypto";
import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient } from "../../server/db/generated/client";
import { freePort } from "../lib/embedded-postgres";
import { benchDatabase, summarize } from "./lib";

const CHECKOUTS = Number(process.env.BENCH_CHECKOUTS ?? 600);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 32);
const SPREAD_PRODUCTS = 200;
// Simulated app ↔ database round trip (ms); 0 = loopback. The lock-holding difference between the
// strategies is counted in round trips, so it shows once the network is not free. Several values
// (the default "0,2") run one after the other, each in its own process.
const rttSetting = process.env.BENCH_RTT_MS ?? "0,2";
if (rttSetting.includes(",")) {
  let status = 0;
  for (const rtt of rttSetting.split(",")) {
    const run = spawnSync(process.execPath, [...process.execArgv, process.argv[1]!], { stdio: "inherit", env: { ...process.env, BENCH_RTT_MS: rtt.trim() } });
    status ||= run.status ?? 1;
    console.log("");
  }
  process.exit(status);
}
const RTT_MS = Number(rttSetting);

const db = await benchDatabase();
let appUrl = db.appUrl;
let proxy: ReturnType<typeof fork> | null = null;
if (RTT_MS > 0) {
  const port = await freePort();
  const target = Number(new URL(db.appUrl).port);
  proxy = fork(path.join(import.meta.dirname, "latency-proxy.ts"), [String(port), String(target), String(RTT_MS / 2)], { execArgv: ["--import", "tsx"] });
  await new Promise((resolve) => proxy!.once("message", resolve));
  const u = new URL(db.appUrl);
  u.port = String(port);
  appUrl = u.toString();
}
process.env.DATABASE_URL = db.ownerUrl;
process.env.APP_DATABASE_URL = appUrl;
process.env.SYSTEM_DATABASE_URL = db.systemUrl;
process.env.DB_POOL_MAX = process.env.DB_POOL_MAX ?? "20";
process.env.LOG_LEVEL = "silent";

// Imported after the environment points at the benchmark database.
const { buildStoreCtx } = await import("../../server/context");
const { findTenantById } = await import("../../server/db/system");
const { checkout } = await import("../../server/modules/checkout");
const { AppError } = await import("../../server/errors");

const ownerPool = new pg.Pool({ connectionString: db.ownerUrl, max: 4 });
const owner = new PrismaClient({ adapter: new PrismaPg(ownerPool) });

type Strategy = "conditional-update" | "select-for-update";

async function scenario(name: string, strategy: Strategy, productCount: number, stockEach: number, checkouts: number) {
  const tenant = await owner.tenant.create({ data: { slug: `bench-${randomUUID().slice(0, 8)}`, name: "Bench store" } });
  await owner.product.createMany({
    data: Array.from({ length: productCount }, (_, i) => ({ tenantId: tenant.id, sku: `P${i}`, name: `Product ${i}`, priceMinor: 1000 + i, currency: "EUR", stock: stockEach })),
  });
  const products = await owner.product.findMany({ where: { tenantId: tenant.id }, select: { id: true } });
  const expires = new Date(Date.now() + 86_400_000);
  const cartIds = Array.from({ length: checkouts }, () => randomUUID());
  await owner.cart.createMany({ data: cartIds.map((id) => ({ id, tenantId: tenant.id, expiresAt: expires })) });
  await owner.cartItem.createMany({
    data: cartIds.map((cartId, i) => ({ tenantId: tenant.id, cartId, productId: products[productCount === 1 ? 0 : (i * 7919) % productCount]!.id, quantity: 1 })),
  });
  await owner.$executeRaw`ANALYZE`;

  const store = buildStoreCtx((await findTenantById(tenant.id))!, { requestId: "bench", ip: null, userAgent: "bench" });
  const latencies: number[] = [];
  let ok = 0;
  let refused = 0;
  let failed = 0;
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < cartIds.length) {
        const cartId = cartIds[next++]!;
        const t0 = performance.now();
        try {
          await checkout(store, { cartId, email: "bench@example.test" }, { stockStrategy: strategy, errorBody: (e) => ({ code: e.code }) });
          ok++;
        } catch (error) {
          if (error instanceof AppError && error.code === "insufficient_stock") refused++;
          else {
            failed++;
            if (failed <= 3) console.error(error);
          }
        }
        latencies.push(performance.now() - t0);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  const sold = await owner.orderItem.aggregate({ where: { tenantId: tenant.id }, _sum: { quantity: true } });
  const stockLeft = await owner.product.aggregate({ where: { tenantId: tenant.id }, _sum: { stock: true } });
  const initial = productCount * stockEach;
  const oversell = Math.max(0, (sold._sum.quantity ?? 0) - initial) + ((stockLeft._sum.stock ?? 0) + (sold._sum.quantity ?? 0) === initial ? 0 : 1);
  const s = summarize(latencies);
  return { name, strategy, checkouts, ok, refused, failed, throughput: ok / seconds, p50: s.p50, p95: s.p95, p99: s.p99, oversell };
}

const rows: Array<Awaited<ReturnType<typeof scenario>>> = [];
for (const strategy of ["conditional-update", "select-for-update"] as const) {
  rows.push(await scenario("hot", strategy, 1, CHECKOUTS, CHECKOUTS));
  rows.push(await scenario("spread", strategy, SPREAD_PRODUCTS, 1000, CHECKOUTS));
  rows.push(await scenario("sell-out", strategy, 1, Math.floor(CHECKOUTS / 4), CHECKOUTS));
}

console.log(`bench:checkout — ${CHECKOUTS} checkouts per run, ${CONCURRENCY} concurrent, pool ${process.env.DB_POOL_MAX}, app↔db RTT ${RTT_MS ? `${RTT_MS} ms (simulated)` : "loopback"}, Node ${process.version}\n`);
const header = ["workload", "strategy", "orders", "refused", "errors", "orders/s", "p50 ms", "p95 ms", "p99 ms", "oversell"];
const table = [header, ...rows.map((r) => [r.name, r.strategy, String(r.ok), String(r.refused), String(r.failed), r.throughput.toFixed(0), r.p50.toFixed(1), r.p95.toFixed(1), r.p99.toFixed(1), String(r.oversell)])];
const widths = header.map((_, c) => Math.max(...table.map((r) => r[c]!.length)));
for (const r of table) console.log(r.map((cell, c) => cell.padEnd(widths[c]!)).join("  "));
const hot = (strategy: string) => rows.find((r) => r.name === "hot" && r.strategy === strategy)!.throughput;
console.log(`\nhot product: conditional update is ${(hot("conditional-update") / hot("select-for-update")).toFixed(2)}× the throughput of SELECT … FOR UPDATE`);
if (rows.some((r) => r.oversell > 0)) {
  console.error("OVERSELL DETECTED");
  process.exitCode = 1;
}

await owner.$disconnect();
await ownerPool.end();
const { closeAppDatabase } = await import("../../server/db/client");
await closeAppDatabase();
proxy?.kill();
await db.close().catch(() => {});
process.exit();
