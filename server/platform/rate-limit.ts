// Fixed-window rate limiting behind a small interface: in-process by default (a fresh machine has
// no Redis), Redis when REDIS_URL is set (shared across instances).
import { Redis } from "ioredis";

export interface RateLimitResult {
  allowed: boolean;
  count: number;
  limit: number;
  resetAt: number; // epoch ms
}

export interface RateLimitStore {
  /** Counts one hit against key in the current window and returns the count so far. */
  hit(key: string, windowSeconds: number): Promise<{ count: number; resetAt: number }>;
  reset(key: string): Promise<void>;
}

export class MemoryRateLimitStore implements RateLimitStore {
  private readonly windows = new Map<string, { count: number; resetAt: number }>();

  async hit(key: string, windowSeconds: number) {
    const now = Date.now();
    let entry = this.windows.get(key);
    if (!entry || entry.resetAt <= now) {
      entry = { count: 0, resetAt: now + windowSeconds * 1000 };
      this.windows.set(key, entry);
      if (this.windows.size > 50_000) this.sweep(now);
    }
    entry.count += 1;
    return { count: entry.count, resetAt: entry.resetAt };
  }

  async reset(key: string) {
    this.windows.delete(key);
  }

  private sweep(now: number) {
    for (const [key, entry] of this.windows) if (entry.resetAt <= now) this.windows.delete(key);
  }
}

const HIT_SCRIPT = `
local count = redis.call('INCR', KEYS[1])
if count == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
return {count, redis.call('PTTL', KEYS[1])}
`;

export class RedisRateLimitStore implements RateLimitStore {
  constructor(
    private readonly redis: Redis,
    readonly prefix = "storefleet:rl:",
  ) {}

  async hit(key: string, windowSeconds: number) {
    const [count, ttl] = (await this.redis.eval(HIT_SCRIPT, 1, this.prefix + key, windowSeconds * 1000)) as [number, number];
    return { count, resetAt: Date.now() + Math.max(ttl, 0) };
  }

  async reset(key: string) {
    await this.redis.del(this.prefix + key);
  }
}

export async function limit(store: RateLimitStore, key: string, max: number, windowSeconds: number): Promise<RateLimitResult> {
  const { count, resetAt } = await store.hit(key, windowSeconds);
  return { allowed: count <= max, count, limit: max, resetAt };
}

let shared: RateLimitStore | undefined;

export function rateLimitStore(redisUrl = process.env.REDIS_URL): RateLimitStore {
  if (!shared) {
    shared = redisUrl
      ? new RedisRateLimitStore(new Redis(redisUrl, { maxRetriesPerRequest: 2, enableOfflineQueue: true }))
      : new MemoryRateLimitStore();
  }
  return shared;
}
