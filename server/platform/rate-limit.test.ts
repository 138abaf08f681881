import { Redis } from "ioredis";
import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { limit, MemoryRateLimitStore, RedisRateLimitStore, type RateLimitStore } from "./rate-limit";

async function exercise(store: RateLimitStore) {
  const key = `k-${randomUUID()}`;
  const results = [];
  for (let i = 0; i < 4; i++) results.push(await limit(store, key, 3, 60));
  expect(results.map((r) => r.allowed)).toEqual([true, true, true, false]);
  expect(results[3]!.count).toBe(4);
  await store.reset(key);
  expect((await limit(store, key, 3, 60)).allowed).toBe(true);
  // Windows expire.
  const short = `s-${randomUUID()}`;
  await limit(store, short, 1, 1);
  expect((await limit(store, short, 1, 1)).allowed).toBe(false);
  await new Promise((r) => setTimeout(r, 1100));
  expect((await limit(store, short, 1, 1)).allowed).toBe(true);
}

describe("rate limiting", () => {
  it("in-process store counts per key and window", async () => {
    await exercise(new MemoryRateLimitStore());
  });

  // The Redis driver runs against a real Redis: REDIS_URL (CI sets it), else the default port.
  const redis = new Redis(process.env.REDIS_URL ?? "redis://127.0.0.1:6379", { lazyConnect: true, maxRetriesPerRequest: 1 });
  afterAll(() => redis.disconnect());

  it.runIf(Boolean(process.env.REDIS_URL))("Redis store counts per key and window, shared by clients", async () => {
    await redis.connect();
    const store = new RedisRateLimitStore(redis, `test:${randomUUID()}:`);
    await exercise(store);
    // A second connection sees the same counters (what makes it work across instances).
    const other = new RedisRateLimitStore(redis.duplicate(), store.prefix);
    const key = `shared-${randomUUID()}`;
    await limit(store, key, 2, 60);
    await limit(store, key, 2, 60);
    expect((await limit(other, key, 2, 60)).allowed).toBe(false);
  });
});
