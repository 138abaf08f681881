// Vitest global setup: one real PostgreSQL for the whole run, migrated with the project's runner.
// Embedded by default (a fresh machine has no server); TEST_DATABASE_URL points at an existing
// server instead, where a throwaway database is created and dropped.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { freePort, isPortOpen } from "../lib/embedded-postgres";
import { createThrowawayDatabase } from "../lib/throwaway-database";

export default async function setup() {
  const db = await createThrowawayDatabase({ prefix: "storefleet-test", serverUrl: process.env.TEST_DATABASE_URL });
  process.env.DATABASE_URL = db.ownerUrl;
  process.env.APP_DATABASE_URL = db.appUrl;
  process.env.SYSTEM_DATABASE_URL = db.systemUrl;
  const stopRedis = await ensureRedis();
  return async () => {
    stopRedis();
    await db.drop();
  };
}

// Tests of the Redis drivers need a real Redis: REDIS_URL when set, else a throwaway redis-server
// when the binary is installed (`apt-get install redis-server`); without either they are skipped.
async function ensureRedis(): Promise<() => void> {
  if (process.env.REDIS_URL) return () => {};
  const found = spawnSync("sh", ["-c", "command -v redis-server"], { encoding: "utf8" });
  if (found.status !== 0) {
    console.warn("[test] no REDIS_URL and no redis-server: Redis driver tests are skipped");
    return () => {};
  }
  const port = await freePort();
  const child: ChildProcess = spawn(
    found.stdout.trim(),
    ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
    { stdio: "ignore" },
  );
  for (let i = 0; i < 50; i++) {
    if (await isPortOpen(port)) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  process.env.REDIS_URL = `redis://127.0.0.1:${port}`;
  return () => child.kill("SIGTERM");
}
