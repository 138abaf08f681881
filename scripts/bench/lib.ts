// Shared by the benchmarks: a throwaway migrated database (embedded, or BENCH_DATABASE_URL's server)
// and percentile helpers. Benchmarks print figures; they never assert on time.
import { createThrowawayDatabase, type ThrowawayDatabase } from "../lib/throwaway-database";

export type BenchDb = ThrowawayDatabase & { close(): Promise<void> };

export async function benchDatabase(): Promise<BenchDb> {
  const db = await createThrowawayDatabase({ prefix: "storefleet-bench", serverUrl: process.env.BENCH_DATABASE_URL });
  return { ...db, close: () => db.drop() };
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
