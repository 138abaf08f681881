// The database of a development machine: DATABASE_URL when set, else an embedded PostgreSQL under
// .data/ (started here, or reused when an earlier `npm run dev` is still running).
import { createHash } from "node:crypto";
import { homedir } from "node:os";
import path from "node:path";
import { ensureDatabase, startEmbeddedPostgres } from "./embedded-postgres";
import { databaseUrl } from "./throwaway-database";

export interface DevDatabase {
  ownerUrl: string;
  appUrl: string;
  systemUrl: string;
  embedded: boolean;
  stop(): Promise<void>;
}

const roleUrl = (ownerUrl: string, user: string, password: string) => databaseUrl(ownerUrl, null, user, password);

export async function devDatabase(log: (line: string) => void = () => {}): Promise<DevDatabase> {
  const appPassword = process.env.APP_DB_PASSWORD ?? "storefleet_app_dev";
  const systemPassword = process.env.SYSTEM_DB_PASSWORD ?? "storefleet_system_dev";
  if (process.env.DATABASE_URL) {
    const ownerUrl = process.env.DATABASE_URL;
    return {
      ownerUrl,
      appUrl: process.env.APP_DATABASE_URL ?? roleUrl(ownerUrl, "storefleet_app", appPassword),
      systemUrl: process.env.SYSTEM_DATABASE_URL ?? roleUrl(ownerUrl, "storefleet_system", systemPassword),
      embedded: false,
      stop: async () => {},
    };
  }
  const port = Number(process.env.EMBEDDED_PG_PORT ?? 54329);
  const db = await startEmbeddedPostgres({
    dir: embeddedDataDir(),
    port,
    password: "postgres",
    persistent: true,
    log,
  });
  await ensureDatabase(db.url("postgres"), "storefleet");
  const ownerUrl = db.url("storefleet");
  return {
    ownerUrl,
    appUrl: roleUrl(ownerUrl, "storefleet_app", appPassword),
    systemUrl: roleUrl(ownerUrl, "storefleet_system", systemPassword),
    embedded: true,
    stop: () => db.stop(),
  };
}

/**
 * Where the development cluster keeps its data: EMBEDDED_PG_DIR, else a per-checkout folder under
 * ~/.local/share/storefleet (/var/lib/storefleet as root). Not inside the project: `next dev` (Turbopack) watches the whole
 * project tree, and PostgreSQL's own writes there make it reload open pages in a loop.
 */
export function embeddedDataDir(): string {
  if (process.env.EMBEDDED_PG_DIR) return path.resolve(process.env.EMBEDDED_PG_DIR);
  // As root, PostgreSQL runs as the `postgres` OS user, which cannot enter /root.
  const base = process.getuid?.() === 0 ? "/var/lib" : process.env.XDG_DATA_HOME || path.join(homedir(), ".local", "share");
  const checkout = createHash("sha256").update(process.cwd()).digest("hex").slice(0, 10);
  return path.join(base, "storefleet", checkout, "postgres");
}
