// A fresh, migrated database that is dropped afterwards, for tests, end-to-end runs and benchmarks:
// on an existing server when `serverUrl` is given (TEST_DATABASE_URL, BENCH_DATABASE_URL), else on
// an embedded PostgreSQL started in a temporary directory.
import { randomBytes } from "node:crypto";
import { chmod, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { migrate } from "../../server/db/migrate";
import { freePort, startEmbeddedPostgres } from "./embedded-postgres";

/** The connection string for `database` on the server of `base`, optionally as another user. */
export function databaseUrl(base: string, database: string | null, user?: string, password?: string): string {
  const url = new URL(base);
  if (database) url.pathname = `/${database}`;
  if (user) {
    url.username = user;
    url.password = password ?? "";
  }
  return url.toString();
}

export interface ThrowawayDatabase {
  ownerUrl: string;
  appUrl: string;
  systemUrl: string;
  drop(): Promise<void>;
}

async function onServer(serverUrl: string, sql: string) {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

export async function createThrowawayDatabase(options: { prefix: string; serverUrl?: string }): Promise<ThrowawayDatabase> {
  let server = options.serverUrl;
  let stopServer = async () => {};
  if (!server) {
    const dir = await mkdtemp(path.join(tmpdir(), `${options.prefix}-`));
    await chmod(dir, 0o755); // as root, PostgreSQL runs as the postgres OS user
    const db = await startEmbeddedPostgres({ dir: path.join(dir, "pg"), port: await freePort(), password: "postgres", persistent: false });
    server = db.url("postgres");
    stopServer = async () => {
      await db.stop();
      await rm(dir, { recursive: true, force: true });
    };
  }
  const database = `${options.prefix.replace(/\W/g, "_")}_${process.pid}_${Date.now().toString(36)}`;
  await onServer(server, `CREATE DATABASE "${database}"`);
  const passwords = { app: randomBytes(12).toString("hex"), system: randomBytes(12).toString("hex") };
  const ownerUrl = databaseUrl(server, database);
  await migrate(ownerUrl, { passwords });
  return {
    ownerUrl,
    appUrl: databaseUrl(server, database, "storefleet_app", passwords.app),
    systemUrl: databaseUrl(server, database, "storefleet_system", passwords.system),
    drop: async () => {
      await onServer(server, `DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`).catch(() => {});
      await stopServer();
    },
  };
}
