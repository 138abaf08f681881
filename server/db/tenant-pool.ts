// A pg Pool that carries the tenant of the current scope into PostgreSQL with every statement.
//
// Design (see docs/rls.md): the tenant is sent in the same round trip as the statement it guards.
// Each scoped statement goes out as one extended-protocol pipeline:
//   Parse/Bind/Execute  SELECT set_config('app.tenant_id', $1, true)
//   Parse/Bind/Describe/Execute  <the statement>
//   Sync
// Both run in one implicit transaction, so the transaction-local setting applies to the statement
// and vanishes at Sync. No connection ever holds a tenant between statements, which keeps this safe
// behind PgBouncer in transaction mode and costs no extra round trip.
//
// The tenant is read from AsyncLocalStorage when the query is *issued* (pool.query is called), never
// when a pooled connection becomes free: pg-pool runs a waiting query in the async context of
// whoever released the connection.
//
// This depends on pg's Query internals (pg/lib/query.js); pg is pinned to an exact version in
// package.json and server/db/tenant-pool.stress.test.ts guards the behaviour.
import { AsyncLocalStorage } from "node:async_hooks";
import pg from "pg";
// pg's internal Query class: the submittable the client uses for every query.
import PgQuery from "pg/lib/query.js";

export interface TenantScope {
  tenantId: string;
}

// One store per process, not per module instance: Next.js loads server modules once per layer (route
// handlers, server components), while the pool is a process-wide singleton. A second instance would
// make a scope set in one layer invisible to a pool created in the other.
const STORAGE_KEY = Symbol.for("storefleet.tenantScope");
const globalStore = globalThis as typeof globalThis & { [STORAGE_KEY]?: AsyncLocalStorage<TenantScope> };
const scopeStorage = (globalStore[STORAGE_KEY] ??= new AsyncLocalStorage<TenantScope>());

export function currentTenantScope(): TenantScope | undefined {
  return scopeStorage.getStore();
}

/** Runs fn with every pooled statement it issues scoped to tenantId. */
export function runInTenantScope<T>(tenantId: string, fn: () => Promise<T>): Promise<T> {
  if (!UUID.test(tenantId)) {
    // '' or garbage must never become "a tenant": refuse before anything reaches the database.
    return Promise.reject(new Error("runInTenantScope: tenantId must be a UUID"));
  }
  return scopeStorage.run({ tenantId }, fn);
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const SET_TENANT_SQL = "SELECT set_config('app.tenant_id', $1, true)";

interface PgQueryInternals {
  requiresPreparation(): boolean;
  prepare(connection: PgConnection): void;
  handleDataRow(msg: unknown): void;
  handleCommandComplete(msg: unknown, connection: PgConnection): void;
}
interface PgConnection {
  parse(msg: { text: string; name?: string; types?: unknown[] }): void;
  bind(msg: { portal?: string; statement?: string; values: unknown[] }): void;
  execute(msg: { portal?: string; rows?: number }): void;
}
type QueryCallback = (err: Error | null, result?: pg.QueryResult) => void;
type PgQueryConstructor = new (
  config: pg.QueryConfig | string,
  values: unknown[] | undefined,
  callback: QueryCallback,
) => PgQueryInternals & pg.Submittable;

const BaseQuery = PgQuery as unknown as PgQueryConstructor;

class TenantScopedQuery extends BaseQuery {
  private preambleDone = false;

  constructor(
    private readonly tenantId: string,
    config: pg.QueryConfig | string,
    values: unknown[] | undefined,
    callback: QueryCallback,
  ) {
    super(config, values, callback);
  }

  override requiresPreparation(): boolean {
    return true; // the preamble needs the extended protocol, even for a parameterless statement
  }

  override prepare(connection: PgConnection): void {
    connection.parse({ text: SET_TENANT_SQL, name: "" });
    connection.bind({ portal: "", statement: "", values: [this.tenantId] });
    connection.execute({ portal: "" });
    super.prepare(connection);
  }

  // The preamble answers with one DataRow (no RowDescription: it was not described) and one
  // CommandComplete; neither belongs to the caller's result.
  override handleDataRow(msg: unknown): void {
    if (!this.preambleDone) return;
    super.handleDataRow(msg);
  }

  override handleCommandComplete(msg: unknown, connection: PgConnection): void {
    if (!this.preambleDone) {
      this.preambleDone = true;
      return;
    }
    super.handleCommandComplete(msg, connection);
  }
}

function isConnectionError(error: unknown): boolean {
  return !(error instanceof pg.DatabaseError);
}

export class TenantAwarePool extends pg.Pool {
  // pg's overloads are many; Prisma's adapter calls query(config) and expects a promise.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  override query(config: any, values?: any, callback?: any): any {
    const scope = scopeStorage.getStore();
    if (!scope || typeof callback === "function" || typeof values === "function") {
      return super.query(config, values, callback);
    }
    if (typeof config === "object" && config !== null && (config.name || config.rows)) {
      throw new Error("TenantAwarePool: named statements and cursors are not supported in a tenant scope");
    }
    return this.scopedQuery(scope.tenantId, config, values);
  }

  private async scopedQuery(tenantId: string, config: pg.QueryConfig | string, values?: unknown[]) {
    const client = await this.connect();
    let released = false;
    const release = (error?: Error) => {
      if (released) return;
      released = true;
      client.release(error);
    };
    try {
      return await new Promise<pg.QueryResult>((resolve, reject) => {
        const onClientError = (error: Error) => reject(error);
        client.once("error", onClientError);
        client.query(
          new TenantScopedQuery(tenantId, config, values, (error, result) => {
            client.removeListener("error", onClientError);
            if (error) reject(error);
            else resolve(result!);
          }),
        );
      });
    } catch (error) {
      // A statement error leaves the connection healthy; anything else may not have.
      release(isConnectionError(error) ? (error as Error) : undefined);
      throw error;
    } finally {
      release();
    }
  }
}
