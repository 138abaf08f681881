// The migration runner. Prisma's schema engine cannot be downloaded on air-gapped machines, so the
// SQL files in prisma/migrations (Prisma's own layout) are applied here: ordered by folder name,
// each in its own transaction, checksummed (SHA-256 of the file, as Prisma does), serialized with
// the same advisory lock Prisma Migrate takes, and recorded in _prisma_migrations so that
// `prisma migrate status/deploy` agree wherever the engine is available.
import { createHash, randomUUID } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import pg from "pg";

// Prisma Migrate's advisory lock key: holding it keeps both tools from running at once.
const PRISMA_MIGRATE_LOCK_ID = 72707369;

export interface MigrationFile {
  name: string;
  sql: string;
  checksum: string;
}

export interface MigrateResult {
  applied: string[];
  skipped: string[];
}

export interface RolePasswords {
  app?: string;
  system?: string;
}

export async function readMigrations(dir: string): Promise<MigrationFile[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const names = entries
    .filter((e) => e.isDirectory() && /^\d{14}_[a-z0-9_]+$/.test(e.name))
    .map((e) => e.name)
    .sort();
  return Promise.all(
    names.map(async (name) => {
      const sql = await readFile(path.join(dir, name, "migration.sql"), "utf8");
      return { name, sql, checksum: createHash("sha256").update(sql).digest("hex") };
    }),
  );
}

const BOOKKEEPING = `
CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum"              VARCHAR(64) NOT NULL,
    "finished_at"           TIMESTAMPTZ,
    "migration_name"        VARCHAR(255) NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        TIMESTAMPTZ,
    "started_at"            TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count"   INTEGER NOT NULL DEFAULT 0
)`;

export class MigrationError extends Error {}

/** Applies pending migrations as the database owner. Safe to run concurrently from several processes. */
export async function migrate(
  ownerUrl: string,
  options: { dir?: string; passwords?: RolePasswords; log?: (line: string) => void } = {},
): Promise<MigrateResult> {
  const dir = options.dir ?? path.resolve(process.cwd(), "prisma/migrations");
  const log = options.log ?? (() => {});
  const files = await readMigrations(dir);
  const client = new pg.Client({ connectionString: ownerUrl });
  await client.connect();
  const result: MigrateResult = { applied: [], skipped: [] };
  try {
    await client.query("SELECT pg_advisory_lock($1)", [PRISMA_MIGRATE_LOCK_ID]);
    await client.query(BOOKKEEPING);
    const { rows } = await client.query<{
      migration_name: string;
      checksum: string;
      finished_at: Date | null;
      rolled_back_at: Date | null;
    }>(`SELECT migration_name, checksum, finished_at, rolled_back_at FROM "_prisma_migrations"`);
    const recorded = new Map(rows.filter((r) => !r.rolled_back_at).map((r) => [r.migration_name, r]));

    for (const file of files) {
      const row = recorded.get(file.name);
      if (row?.finished_at) {
        if (row.checksum !== file.checksum) {
          throw new MigrationError(
            `Migration ${file.name} was modified after it was applied (checksum differs). ` +
              `Write a new migration instead of editing an applied one.`,
          );
        }
        result.skipped.push(file.name);
        continue;
      }
      if (row) {
        throw new MigrationError(
          `Migration ${file.name} is recorded as started but not finished. Resolve it by hand ` +
            `(see _prisma_migrations) before running migrations again.`,
        );
      }
      log(`applying ${file.name}`);
      await client.query("BEGIN");
      try {
        const id = randomUUID();
        await client.query(
          `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at) VALUES ($1, $2, $3, now())`,
          [id, file.checksum, file.name],
        );
        await client.query(file.sql);
        await client.query(
          `UPDATE "_prisma_migrations" SET finished_at = now(), applied_steps_count = 1 WHERE id = $1`,
          [id],
        );
        await client.query("COMMIT");
      } catch (error) {
        await client.query("ROLLBACK");
        const message = error instanceof Error ? error.message : String(error);
        throw new MigrationError(`Migration ${file.name} failed and was rolled back: ${message}`);
      }
      result.applied.push(file.name);
    }

    await setRolePasswords(client, options.passwords ?? {});
  } finally {
    await client.query("SELECT pg_advisory_unlock($1)", [PRISMA_MIGRATE_LOCK_ID]).catch(() => {});
    await client.end();
  }
  return result;
}

// Role passwords are deployment settings, not schema: they come from env, never from a migration file.
async function setRolePasswords(client: pg.Client, passwords: RolePasswords) {
  const pairs: Array<[string, string | undefined]> = [
    ["storefleet_app", passwords.app],
    ["storefleet_system", passwords.system],
  ];
  for (const [role, password] of pairs) {
    if (!password) continue;
    const { rows } = await client.query<{ sql: string }>(
      "SELECT format('ALTER ROLE %I WITH PASSWORD %L', $1::text, $2::text) AS sql",
      [role, password],
    );
    await client.query(rows[0]!.sql);
  }
}
