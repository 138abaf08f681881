// Vitest global setup: one real PostgreSQL for the whole run, migrated with the project's runner.
// Embedded by default (a fresh machine has no server); TEST_DATABASE_URL points at an existing
// server instead, where a throwaway database is created and dropped.
import { chmod, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import pg from "pg";
import { migrate } from "../../server/db/migrate";
import { freePort, isPortOpen, startEmbeddedPostgres } from "../lib/embedded-postgres";

const APP_PASSWORD = "storefleet_app_test";
const SYSTEM_PASSWORD = "storefleet_system_test";

function withCredentials(ownerUrl: string, database: string, user?: string, password?: string) {
  const url = new URL(ownerUrl);
  url.pathname = `/${database}`;
  if (user) {
    url.username = user;
    url.password = password ?? "";
  }
  return url.toString();
}

export default async function setup() {
  const database = `storefleet_test_${process.pid}_${Date.now().toString(36)}`;
  let ownerBase: string;
  let cleanup: () => Promise<void>;

  if (process.env.TEST_DATABASE_URL) {
    ownerBase = process.env.TEST_DATABASE_URL;
    cleanup = async () => {};
  } else {
    const dir = await mkdtemp(path.join(tmpdir(), "storefleet-test-"));
    await chmod(dir, 0o755); // as root, PostgreSQL runs as the postgres OS user
    const db = await startEmbeddedPostgres({
      dir: path.join(dir, "pg"),
      port: await freePort(),
      password: "postgres",
      persistent: false,
    });
    ownerBase = db.url("postgres");
    cleanup = async () => {
      await db.stop();
      await rm(dir, { recursive: true, force: true });
    };
  }

  const admin = new pg.Client({ connectionString: ownerBase });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${database}"`);
  await admin.end();

  const ownerUrl = withCredentials(ownerBase, database);
  await migrate(ownerUrl, { passwords: { app: APP_PASSWORD, system: SYSTEM_PASSWORD } });

  process.env.DATABASE_URL = ownerUrl;
  process.env.APP_DATABASE_URL = withCredentials(ownerBase, database, "storefleet_app", APP_PASSWORD);
  process.env.SYSTEM_DATABASE_URL = withCredentials(ownerBase, database, "storefleet_system", SYSTEM_PASSWORD);

  const stopRedis = await ensureRedis();

  return async () => {
    stopRedis();
    const drop = new pg.Client({ connectionString: ownerBase });
    await drop.connect();
    await drop.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
    await drop.end();
    await cleanup();
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
