import { appBaseClient } from "../../db/client";

/** Liveness of what the app needs: the database, reached as the app role. */
export async function checkHealth() {
  const started = performance.now();
  try {
    await appBaseClient().$queryRaw`SELECT 1`;
    return { ok: true, database: { ok: true, latency_ms: Math.round(performance.now() - started) } };
  } catch {
    return { ok: false, database: { ok: false } };
  }
}
