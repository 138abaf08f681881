// schema.prisma and the SQL migrations are written by hand, side by side. This test reads the
// schema with Prisma's own parser (prisma-schema-wasm) and a freshly migrated database's catalog,
// and fails on any difference: tables, columns, types, nullability, keys, indexes, foreign keys.
import { readFileSync } from "node:fs";
import path from "node:path";
import wasm from "@prisma/prisma-schema-wasm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type pg from "pg";
import { rawClient } from "../testing/db";

interface DmmfField {
  name: string;
  dbName?: string | null;
  kind: "scalar" | "object" | "enum";
  type: string;
  isRequired: boolean;
  isList: boolean;
  nativeType?: [string, string[]] | null;
  relationFromFields?: string[];
  relationToFields?: string[];
  relationOnDelete?: string;
}
interface DmmfModel {
  name: string;
  dbName: string | null;
  fields: DmmfField[];
}
interface DmmfIndex {
  model: string;
  type: "id" | "unique" | "normal" | "fulltext";
  dbName?: string | null;
  fields: Array<{ name: string; sortOrder?: "asc" | "desc" }>;
}

const schema = readFileSync(path.resolve("prisma/schema.prisma"), "utf8");
const dmmf = JSON.parse(wasm.get_dmmf(JSON.stringify({ prismaSchema: [["schema.prisma", schema]] }))).datamodel as {
  models: DmmfModel[];
  enums: Array<{ name: string; dbName: string | null; values: Array<{ name: string }> }>;
  indexes: DmmfIndex[];
};

const tableOf = (m: DmmfModel) => m.dbName ?? m.name;
const columnOf = (f: DmmfField) => f.dbName ?? f.name;
const enumDbName = (name: string) => dmmf.enums.find((e) => e.name === name)?.dbName ?? name;

function expectedType(field: DmmfField): string {
  if (field.kind === "enum") return enumDbName(field.type);
  const [native, args] = field.nativeType ?? [null, []];
  switch (field.type) {
    case "String":
      if (native === "Uuid") return "uuid";
      if (native === "Char") return `bpchar(${args[0]})`;
      if (native === "VarChar") return `varchar(${args[0]})`;
      return "text";
    case "Int":
      return "int4";
    case "BigInt":
      return "int8";
    case "Boolean":
      return "bool";
    case "Float":
      return "float8";
    case "Decimal":
      return native === "Decimal" ? `numeric(${args.join(",")})` : "numeric(65,30)";
    case "Json":
      return "jsonb";
    case "DateTime":
      return native === "Timestamptz" ? `timestamptz(${args[0] ?? 6})` : native === "Date" ? "date" : `timestamp(${args[0] ?? 3})`;
    default:
      return `unsupported:${field.type}`;
  }
}

describe("schema.prisma agrees with the migrated database", () => {
  let db: pg.Client;
  beforeAll(async () => {
    db = await rawClient("owner");
  });
  afterAll(() => db.end());

  it("has the same tables", async () => {
    const { rows } = await db.query<{ table_name: string }>(
      `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name <> '_prisma_migrations'`,
    );
    expect(rows.map((r) => r.table_name).sort()).toEqual(dmmf.models.map(tableOf).sort());
  });

  it("has the same enums", async () => {
    const { rows } = await db.query<{ name: string; values: string[] }>(
      `SELECT t.typname AS name, array_agg(e.enumlabel ORDER BY e.enumsortorder)::text[] AS values
       FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid JOIN pg_namespace n ON n.oid = t.typnamespace
       WHERE n.nspname = 'public' GROUP BY t.typname`,
    );
    const actual = Object.fromEntries(rows.map((r) => [r.name, r.values]));
    const expected = Object.fromEntries(dmmf.enums.map((e) => [e.dbName ?? e.name, e.values.map((v) => v.name)]));
    expect(actual).toEqual(expected);
  });

  for (const model of dmmf.models) {
    it(`${tableOf(model)}: columns, types and nullability`, async () => {
      const { rows } = await db.query<{ column_name: string; udt_name: string; is_nullable: string; len: number | null; prec: number | null; num: string | null }>(
        `SELECT column_name, udt_name, is_nullable, character_maximum_length AS len, datetime_precision AS prec,
                CASE WHEN udt_name = 'numeric' THEN numeric_precision || ',' || numeric_scale END AS num
         FROM information_schema.columns WHERE table_schema = 'public' AND table_name = $1`,
        [tableOf(model)],
      );
      const actual = Object.fromEntries(
        rows.map((r) => {
          let type = r.udt_name;
          if (type === "bpchar" || type === "varchar") type = `${type}(${r.len})`;
          if (type === "timestamptz" || type === "timestamp") type = `${type}(${r.prec})`;
          if (type === "numeric") type = `numeric(${r.num})`;
          return [r.column_name, `${type}${r.is_nullable === "YES" ? "?" : ""}`];
        }),
      );
      const expected = Object.fromEntries(
        model.fields
          .filter((f) => f.kind !== "object")
          .map((f) => [columnOf(f), `${expectedType(f)}${f.isRequired ? "" : "?"}`]),
      );
      expect(actual).toEqual(expected);
    });
  }

  it("has the same primary keys, unique constraints and indexes", async () => {
    const { rows } = await db.query<{ table: string; primary: boolean; unique: boolean; columns: string[]; desc: boolean[] }>(
      `SELECT t.relname AS table, i.indisprimary AS primary, i.indisunique AS unique,
              array_agg(a.attname ORDER BY k.ord)::text[] AS columns,
              array_agg((i.indoption[k.ord - 1] & 1) = 1 ORDER BY k.ord) AS desc
       FROM pg_index i
       JOIN pg_class t ON t.oid = i.indrelid JOIN pg_namespace n ON n.oid = t.relnamespace
       JOIN LATERAL unnest(i.indkey) WITH ORDINALITY AS k(attnum, ord) ON true
       JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum
       WHERE n.nspname = 'public' AND t.relname <> '_prisma_migrations'
       GROUP BY t.relname, i.indexrelid, i.indisprimary, i.indisunique`,
    );
    const signature = (table: string, kind: string, cols: Array<[string, boolean]>) =>
      `${table} ${kind} (${cols.map(([c, d]) => (d ? `${c} DESC` : c)).join(", ")})`;
    const actual = rows
      .map((r) => signature(r.table, r.primary ? "primary" : r.unique ? "unique" : "index", r.columns.map((c, i) => [c, r.desc[i]!])))
      .sort();
    const expected = dmmf.indexes
      .map((ix) => {
        const model = dmmf.models.find((m) => m.name === ix.model)!;
        const cols = ix.fields.map((f): [string, boolean] => [columnOf(model.fields.find((mf) => mf.name === f.name)!), f.sortOrder === "desc"]);
        return signature(tableOf(model), ix.type === "id" ? "primary" : ix.type === "unique" ? "unique" : "index", cols);
      })
      .sort();
    expect(actual).toEqual(expected);
  });

  it("has the same foreign keys", async () => {
    const { rows } = await db.query<{ table: string; columns: string[]; ref_table: string; ref_columns: string[]; on_delete: string }>(
      `SELECT c.conrelid::regclass::text AS table, c.confrelid::regclass::text AS ref_table,
              (SELECT array_agg(a.attname ORDER BY k.ord)::text[] FROM unnest(c.conkey) WITH ORDINALITY k(n, ord) JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.n) AS columns,
              (SELECT array_agg(a.attname ORDER BY k.ord)::text[] FROM unnest(c.confkey) WITH ORDINALITY k(n, ord) JOIN pg_attribute a ON a.attrelid = c.confrelid AND a.attnum = k.n) AS ref_columns,
              c.confdeltype AS on_delete
       FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace WHERE c.contype = 'f' AND n.nspname = 'public'`,
    );
    const deleteAction: Record<string, string> = { a: "NoAction", r: "Restrict", c: "Cascade", n: "SetNull", d: "SetDefault" };
    const actual = rows.map((r) => `${r.table}(${r.columns}) -> ${r.ref_table}(${r.ref_columns}) ${deleteAction[r.on_delete]}`).sort();
    const expected = dmmf.models
      .flatMap((m) =>
        m.fields
          .filter((f) => f.kind === "object" && f.relationFromFields && f.relationFromFields.length > 0)
          .map((f) => {
            const target = dmmf.models.find((t) => t.name === f.type)!;
            const cols = f.relationFromFields!.map((n) => columnOf(m.fields.find((x) => x.name === n)!));
            const refCols = f.relationToFields!.map((n) => columnOf(target.fields.find((x) => x.name === n)!));
            const onDelete = f.relationOnDelete ?? (f.isRequired ? "Restrict" : "SetNull");
            return `${tableOf(m)}(${cols}) -> ${tableOf(target)}(${refCols}) ${onDelete}`;
          }),
      )
      .sort();
    expect(actual).toEqual(expected);
  });
});
