// Database clients. The app connects as storefleet_app (not a superuser, cannot bypass row-level security), so every row it
// reads or writes passes a policy keyed on app.tenant_id:
//   forTenant(id)          tenant-scoped client: each operation carries the tenant (tenant-pool.ts)
//   withTenantTx(id, fn)   one interactive transaction that sets the tenant once, for multi-step work
// The base client is not exported for application code: with no tenant set it sees nothing.
import { PrismaPg } from "@prisma/adapter-pg";
import { roleDatabaseUrl, env } from "../env";
import { PrismaClient, type Prisma } from "./generated/client";
import { runInTenantScope, TenantAwarePool } from "./tenant-pool";

export type BaseClient = PrismaClient;
export type TxClient = Prisma.TransactionClient;

interface DbGlobals {
  storefleetAppClient?: PrismaClient;
  storefleetAppPool?: TenantAwarePool;
}
const globals = globalThis as typeof globalThis & DbGlobals;

export function createAppClient(url: string, poolMax = env.DB_POOL_MAX) {
  const pool = new TenantAwarePool({ connectionString: url, max: poolMax, application_name: "storefleet-app" });
  // An idle connection dropped by the server (restart, failover) must not crash the process.
  pool.on("error", (error) => console.warn(JSON.stringify({ level: "warn", msg: "idle database connection lost", error: error.message })));
  const client = new PrismaClient({ adapter: new PrismaPg(pool) });
  return { client, pool };
}

/** The process-wide base client of the app role (kept across dev hot reloads). */
export function appBaseClient(): PrismaClient {
  if (!globals.storefleetAppClient) {
    const { client, pool } = createAppClient(roleDatabaseUrl("app"));
    globals.storefleetAppClient = client;
    globals.storefleetAppPool = pool;
  }
  return globals.storefleetAppClient;
}

/** Closes the process-wide app client and its pool (scripts, graceful shutdown). */
export async function closeAppDatabase() {
  await globals.storefleetAppClient?.$disconnect();
  await globals.storefleetAppPool?.end().catch(() => {});
  globals.storefleetAppClient = undefined;
  globals.storefleetAppPool = undefined;
}

function lowerFirst(s: string) {
  return s.charAt(0).toLowerCase() + s.slice(1);
}

// findUnique → findFirst: Prisma merges findUnique calls made in the same tick into one SQL
// statement, across callers, and runs it in the first caller's async context. Two tenants'
// lookups could then share one statement (and one tenant). findFirst is never batched.
// Compound unique inputs ({ tenantId_userId: { tenantId, userId } }) are flattened for findFirst.
function uniqueWhereToFilter(where: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(where)) {
    if (
      key.includes("_") &&
      value !== null &&
      typeof value === "object" &&
      !Array.isArray(value) &&
      Object.keys(value).join("_") === key
    ) {
      Object.assign(out, value);
    } else {
      out[key] = value;
    }
  }
  return out;
}

type Delegate = Record<string, (args: unknown) => Promise<unknown>>;

export function scopeClient(base: PrismaClient, tenantId: string) {
  return base.$extends({
    name: "tenant-scope",
    query: {
      $allOperations({ model, operation, args, query }) {
        if (model && (operation === "findUnique" || operation === "findUniqueOrThrow")) {
          const delegate = (base as unknown as Record<string, Delegate>)[lowerFirst(model)]!;
          const op = operation === "findUnique" ? "findFirst" : "findFirstOrThrow";
          const a = args as { where?: Record<string, unknown> };
          const filterArgs = { ...a, where: a.where ? uniqueWhereToFilter(a.where) : undefined };
          return runInTenantScope(tenantId, async () => await delegate[op]!(filterArgs));
        }
        // Prisma queries are lazy thenables: await inside the scope so the statement starts there.
        return runInTenantScope(tenantId, async () => await query(args));
      },
    },
    client: {
      // The extended client's $transaction runs each operation on its own connection: not atomic.
      $transaction(): never {
        throw new Error("Use ctx.tx(fn) / withTenantTx for transactions; the scoped client's $transaction is not atomic.");
      },
    },
  });
}

export type ScopedClient = ReturnType<typeof scopeClient>;

const scopedCache = new Map<string, ScopedClient>();
const SCOPED_CACHE_MAX = 1000;

/** The tenant-scoped client of the app role. */
export function forTenant(tenantId: string): ScopedClient {
  let scoped = scopedCache.get(tenantId);
  if (!scoped) {
    scoped = scopeClient(appBaseClient(), tenantId);
    if (scopedCache.size >= SCOPED_CACHE_MAX) scopedCache.delete(scopedCache.keys().next().value!);
    scopedCache.set(tenantId, scoped);
  }
  return scoped;
}

export interface TxOptions {
  isolationLevel?: Prisma.TransactionIsolationLevel;
  timeoutMs?: number;
}

/** Runs fn in one interactive transaction with the tenant set once (transaction-local). */
export async function runTenantTx<T>(
  base: PrismaClient,
  tenantId: string,
  fn: (tx: TxClient) => Promise<T>,
  options: TxOptions = {},
): Promise<T> {
  return base.$transaction(
    async (tx) => {
      await tx.$executeRaw`SELECT set_config('app.tenant_id', ${tenantId}::text, true)`;
      return fn(tx);
    },
    { isolationLevel: options.isolationLevel, timeout: options.timeoutMs ?? 15_000, maxWait: 10_000 },
  );
}

export function withTenantTx<T>(tenantId: string, fn: (tx: TxClient) => Promise<T>, options?: TxOptions) {
  return runTenantTx(appBaseClient(), tenantId, fn, options);
}
