// Idempotency-Key for checkout (the semantics of Stripe's API):
//   same key, same request      → the first response is replayed (success or error)
//   same key, different request → 422 idempotency_key_reused
//   same key while the first is still running → 409 idempotency_in_flight
// The key is claimed with its own committed INSERT (so concurrent requests see it at once); the
// checkout transaction marks it completed together with the order. Keys are kept 24 hours.
import { createHash } from "node:crypto";
import type { StoreCtx } from "../../context";
import type { Prisma } from "../../db/generated/client";
import type { TxClient } from "../../db/client";
import { AppError, errorCatalog, type ErrorCode } from "../../errors";

export const IDEMPOTENCY_TTL_MS = 24 * 60 * 60 * 1000;

export interface StoredResponse {
  status: number;
  body: unknown;
}

export function requestHash(request: unknown): string {
  const canonical = JSON.stringify(request, Object.keys(request as object).sort());
  return createHash("sha256").update(canonical).digest("hex");
}

export const idempotencyKeySchemaMessage = "Idempotency-Key must be 1–255 visible ASCII characters.";
export function isValidIdempotencyKey(key: string) {
  return /^[\x21-\x7e]{1,255}$/.test(key);
}

type Claim = { kind: "claimed"; id: string } | { kind: "replay"; response: StoredResponse };

async function claim(store: StoreCtx, key: string, hash: string): Promise<Claim> {
  for (let attempt = 0; attempt < 3; attempt++) {
    const inserted = await store.db.$queryRaw<Array<{ id: string }>>`
      INSERT INTO idempotency_keys (tenant_id, key, request_hash, expires_at)
      VALUES (${store.store.id}::uuid, ${key}, ${hash}, now() + interval '24 hours')
      ON CONFLICT (tenant_id, key) DO NOTHING RETURNING id`;
    if (inserted.length) return { kind: "claimed", id: inserted[0]!.id };
    const existing = await store.db.idempotencyKey.findFirst({
      where: { key },
      select: { id: true, requestHash: true, completed: true, responseStatus: true, responseBody: true, expiresAt: true },
    });
    if (!existing) continue; // deleted in between: try again
    if (existing.expiresAt <= new Date()) {
      await store.db.idempotencyKey.deleteMany({ where: { id: existing.id, expiresAt: { lte: new Date() } } });
      continue;
    }
    if (existing.requestHash !== hash) throw new AppError("idempotency_key_reused", "This Idempotency-Key was used with a different request.");
    if (!existing.completed) throw new AppError("idempotency_in_flight", "A request with this Idempotency-Key is still being processed. Retry shortly.");
    return { kind: "replay", response: { status: existing.responseStatus!, body: existing.responseBody } };
  }
  throw new AppError("idempotency_in_flight", "Could not claim the Idempotency-Key. Retry shortly.");
}

export async function completeInTx(tx: TxClient, id: string, response: StoredResponse) {
  await tx.idempotencyKey.update({
    where: { id },
    data: { completed: true, responseStatus: response.status, responseBody: response.body as Prisma.InputJsonValue },
    select: { id: true },
  });
}

/**
 * Runs `execute` at most once per key. `execute` receives a hook to mark the key completed inside
 * its own transaction; business errors (AppError) are stored and replayed, anything else frees the key.
 */
export async function withIdempotency(
  store: StoreCtx,
  key: string | null,
  request: unknown,
  execute: (complete: ((tx: TxClient, response: StoredResponse) => Promise<void>) | null) => Promise<StoredResponse>,
  errorBody: (error: AppError) => unknown,
): Promise<StoredResponse & { replayed: boolean }> {
  if (!key) return { ...(await execute(null)), replayed: false };
  if (!isValidIdempotencyKey(key)) throw new AppError("validation_failed", idempotencyKeySchemaMessage);
  const claimed = await claim(store, key, requestHash(request));
  if (claimed.kind === "replay") return { ...claimed.response, replayed: true };
  try {
    return { ...(await execute((tx, response) => completeInTx(tx, claimed.id, response))), replayed: false };
  } catch (error) {
    if (error instanceof AppError && error.status < 500) {
      const response = { status: errorCatalog[error.code as ErrorCode].status, body: errorBody(error) };
      await store.db.idempotencyKey.update({
        where: { id: claimed.id },
        data: { completed: true, responseStatus: response.status, responseBody: response.body as Prisma.InputJsonValue },
        select: { id: true },
      });
    } else {
      await store.db.idempotencyKey.deleteMany({ where: { id: claimed.id } });
    }
    throw error;
  }
}
