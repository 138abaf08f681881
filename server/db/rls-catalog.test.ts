// The database catalog itself must show isolation: a new table with tenant_id but without FORCE RLS,
// a policy for the app role or an index leading with tenant_id fails here.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type pg from "pg";
import { rawClient } from "../testing/db";

describe("row-level security catalog", () => {
  let owner: pg.Client;
  beforeAll(async () => {
    owner = await rawClient("owner");
  });
  afterAll(() => owner.end());

  it("every table with tenant_id has RLS enabled and forced, a policy for the app role, and a leading tenant_id index", async () => {
    const { rows: tables } = await owner.query<{ table: string; rls: boolean; force: boolean }>(`
      SELECT c.relname AS table, c.relrowsecurity AS rls, c.relforcerowsecurity AS force
      FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      JOIN pg_attribute a ON a.attrelid = c.oid AND a.attname = 'tenant_id' AND NOT a.attisdropped
      WHERE n.nspname = 'public' AND c.relkind = 'r'
      ORDER BY 1`);
    expect(tables.length).toBeGreaterThanOrEqual(4);
    const problems: string[] = [];
    for (const t of tables) {
      if (!t.rls) problems.push(`${t.table}: RLS not enabled`);
      if (!t.force) problems.push(`${t.table}: RLS not forced`);
      const { rows: policies } = await owner.query(
        `SELECT policyname FROM pg_policies WHERE schemaname = 'public' AND tablename = $1 AND 'storefleet_app' = ANY(roles)`,
        [t.table],
      );
      if (policies.length === 0) problems.push(`${t.table}: no policy for storefleet_app`);
      const { rows: indexes } = await owner.query(
        `SELECT i.indexrelid::regclass::text AS name
         FROM pg_index i JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = i.indkey[0]
         WHERE i.indrelid = $1::regclass AND a.attname = 'tenant_id'`,
        [`public.${t.table}`],
      );
      if (indexes.length === 0) problems.push(`${t.table}: no index leading with tenant_id`);
      const { rows: qual } = await owner.query<{ qual: string | null; with_check: string | null }>(
        `SELECT qual, with_check FROM pg_policies WHERE schemaname = 'public' AND tablename = $1 AND 'storefleet_app' = ANY(roles)`,
        [t.table],
      );
      if (!qual.some((p) => (p.qual ?? p.with_check ?? "").includes("app.tenant_id"))) {
        problems.push(`${t.table}: app policies do not use app.tenant_id`);
      }
    }
    expect(problems).toEqual([]);
  });

  it("the global tables are protected too", async () => {
    const { rows } = await owner.query<{ relname: string; rls: boolean; force: boolean }>(
      `SELECT relname, relrowsecurity AS rls, relforcerowsecurity AS force FROM pg_class WHERE relname IN ('tenants', 'users')`,
    );
    expect(rows).toHaveLength(2);
    for (const r of rows) expect([r.relname, r.rls, r.force]).toEqual([r.relname, true, true]);
  });

  it("the runtime roles cannot bypass row-level security", async () => {
    const { rows } = await owner.query<{ rolname: string; rolsuper: boolean; rolbypassrls: boolean }>(
      `SELECT rolname, rolsuper, rolbypassrls FROM pg_roles WHERE rolname IN ('storefleet_app', 'storefleet_system') ORDER BY 1`,
    );
    expect(rows).toEqual([
      { rolname: "storefleet_app", rolsuper: false, rolbypassrls: false },
      { rolname: "storefleet_system", rolsuper: false, rolbypassrls: false },
    ]);
    // Neither owns a table (owners could ALTER away RLS).
    const { rows: owned } = await owner.query(
      `SELECT relname FROM pg_class c JOIN pg_roles r ON r.oid = c.relowner WHERE r.rolname IN ('storefleet_app', 'storefleet_system')`,
    );
    expect(owned).toEqual([]);
  });
});
