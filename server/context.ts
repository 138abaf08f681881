// The context every tenant use case receives: who acts, for which tenant, with which role, and
// the tenant-scoped database. Built only by server/auth/resolve.ts after authorization.
import type { Role } from "./db/generated/enums";
import { forTenant, withTenantTx, type ScopedClient, type TxClient, type TxOptions } from "./db/client";
import type { TenantRef } from "./db/system";
import type { RequestMeta } from "./auth/request-meta";
import { recordAudit, type AuditEntry } from "./modules/audit/record";

export interface Actor {
  userId: string | null;
  tokenId: string | null;
  /** A snapshot for the audit log: the e-mail, or "token <name> (<e-mail>)". */
  label: string;
}

export interface TenantCtx {
  tenant: TenantRef;
  role: Role;
  actor: Actor;
  meta: RequestMeta;
  /** Tenant-scoped client: every operation runs with this tenant, enforced by RLS. */
  db: ScopedClient;
  /** One interactive transaction with the tenant set once. */
  tx<T>(fn: (tx: TxClient) => Promise<T>, options?: TxOptions): Promise<T>;
  /** A mutation: fn and its audit row commit together, or neither does. */
  mutate<T>(fn: (tx: TxClient) => Promise<T>, audit: AuditEntry | ((result: T) => AuditEntry), options?: TxOptions): Promise<T>;
}

export function buildTenantCtx(input: { tenant: TenantRef; role: Role; actor: Actor; meta: RequestMeta }): TenantCtx {
  const { tenant, actor, meta } = input;
  const tx = <T>(fn: (tx: TxClient) => Promise<T>, options?: TxOptions) => withTenantTx(tenant.id, fn, options);
  return {
    ...input,
    db: forTenant(tenant.id),
    tx,
    mutate: (fn, audit, options) =>
      tx(async (t) => {
        const result = await fn(t);
        const entry = typeof audit === "function" ? audit(result) : audit;
        await recordAudit(t, { tenantId: tenant.id, actor, meta }, entry);
        return result;
      }, options),
  };
}

/** An anonymous shopper's context: the store (tenant) comes from the host or the store slug. */
export interface StoreCtx {
  store: TenantRef;
  meta: RequestMeta;
  db: ScopedClient;
  tx<T>(fn: (tx: TxClient) => Promise<T>, options?: TxOptions): Promise<T>;
}

export function buildStoreCtx(store: TenantRef, meta: RequestMeta): StoreCtx {
  return { store, meta, db: forTenant(store.id), tx: (fn, options) => withTenantTx(store.id, fn, options) };
}
