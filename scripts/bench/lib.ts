// Shared by the benchmarks: a throwaway database (embedded, or BENCH_DATABASE_URL's server),
// migrated, and percentile helpers. Benchmarks print figures; they never assert on time.
import { mkdtemp, rm, chmod } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { migrate } from "../../server/db/migrate";
import { freePort, startEmbeddedPostgres } from "../lib/embedded-postgres";

export interface BenchDb {
  ownerUrl: string;
  appUrl: string;
  systemUrl: string;
  close(): Promise<void>;
}

export async function benchDatabase(): Promise<BenchDb> {
  let base = process.env.BENCH_DATABASE_URL;
  let stop = async () => {};
  if (!base) {
    const dir = await mkdtemp(path.join(tmpdir(), "storefleet-bench-"));
    await chmod(dir, 0o755);
    const db = await startEmbeddedPostgres({ dir: path.join(dir, "pg"), port: await freePort(), password: "postgres", persistent: false });
    base = db.url("postgres");
    stop = async () => {
      await db.stop();
      await rm(dir, { recursive: true, force: true });
    };
  }
  const name = `storefleet_bench_${Date.now().toString(36)}`;
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const url = (user?: string, password?: string) => {
    const u = new URL(base);
    u.pathname = `/${name}`;
    if (user) {
      u.username = user;
      u.password = password!;
    }
    return u.toString();
  };
  await migrate(url(), { passwords: { app: "bench_app", system: "bench_system" } });
  return {
    ownerUrl: url(),
    appUrl: url("storefleet_app", "bench_app"),
    systemUrl: url("storefleet_system", "bench_system"),
    close: async () => {
      const c = new pg.Client({ connectionString: base });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await c.end();
      await stop();
    },
  };
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i]!;
}

export function summarize(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  return { n: sorted.length, p50: percentile(sorted, 50), p95: percentile(sorted, 95), p99: percentile(sorted, 99) };
}

export async function time<T>(fn: () => Promise<T>): Promise<number> {
  const t0 = performance.now();
  await fn();
  return performance.now() - t0;
}

export function ms(v: number) {
  return `${v.toFixed(3)} ms`;
}
