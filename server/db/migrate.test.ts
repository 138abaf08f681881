import { randomUUID } from "node:crypto";
import { cp, mkdtemp, mkdir, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { migrate, MigrationError, readMigrations } from "./migrate";

// Each test migrates its own fresh database on the test cluster.
async function freshDatabase(): Promise<string> {
  const name = `migrate_${randomUUID().slice(0, 8)}`;
  const admin = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const url = new URL(process.env.DATABASE_URL!);
  url.pathname = `/${name}`;
  return url.toString();
}

async function query<T extends pg.QueryResultRow>(url: string, sql: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

describe("migration runner", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), "storefleet-migrations-"));
    await cp(path.resolve("prisma/migrations"), dir, { recursive: true });
  });
  afterAll(() => {});

  it("applies every migration once, records it like Prisma, and is safe to run concurrently", async () => {
    const url = await freshDatabase();
    const results = await Promise.all([migrate(url, { dir }), migrate(url, { dir }), migrate(url, { dir })]);
    const files = await readMigrations(dir);
    expect(results.map((r) => r.applied.length).sort()).toEqual([0, 0, files.length]);
    const rows = await query<{ migration_name: string; checksum: string; finished_at: Date | null; applied_steps_count: number }>(
      url,
      `SELECT migration_name, checksum, finished_at, applied_steps_count FROM _prisma_migrations ORDER BY migration_name`,
    );
    expect(rows.map((r) => [r.migration_name, r.checksum, r.applied_steps_count])).toEqual(files.map((f) => [f.name, f.checksum, 1]));
    expect(rows.every((r) => r.finished_at instanceof Date)).toBe(true);
    expect((await migrate(url, { dir })).applied).toEqual([]);
  });

  it("refuses a migration that was edited after it was applied", async () => {
    const url = await freshDatabase();
    const local = await mkdtemp(path.join(tmpdir(), "storefleet-migrations-"));
    await cp(dir, local, { recursive: true });
    await migrate(url, { dir: local });
    const first = (await readMigrations(local))[0]!;
    await writeFile(path.join(local, first.name, "migration.sql"), first.sql + "\n-- edited\n");
    await expect(migrate(url, { dir: local })).rejects.toThrow(/modified after it was applied/);
  });

  it("rolls a failing migration back completely and records nothing", async () => {
    const url = await freshDatabase();
    const local = await mkdtemp(path.join(tmpdir(), "storefleet-migrations-"));
    await cp(dir, local, { recursive: true });
    await migrate(url, { dir: local });
    const broken = path.join(local, "29991231000000_broken");
    await mkdir(broken);
    await writeFile(path.join(broken, "migration.sql"), "CREATE TABLE half_done (id int);\nSELECT * FROM no_such_table;\n");
    const error = await migrate(url, { dir: local }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MigrationError);
    expect(await query(url, `SELECT 1 FROM pg_class WHERE relname = 'half_done'`)).toEqual([]);
    expect(await query(url, `SELECT 1 FROM _prisma_migrations WHERE migration_name = '29991231000000_broken'`)).toEqual([]);
  });
});
