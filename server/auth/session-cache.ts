// Revocable sessions: a JWT session carries the user's session_version; each request compares it
// with the database. The lookup is cached per process for SESSION_CHECK_TTL_MS (a few seconds), and
// dropped at once in the process that made a change; other instances see it when the TTL ends.
import { env } from "../env";
import { findSessionUser } from "../db/system";

export interface SessionUser {
  id: string;
  email: string;
  name: string;
  sessionVersion: number;
  isPlatformAdmin: boolean;
}

const cache = new Map<string, { user: SessionUser | null; expiresAt: number }>();

export async function loadSessionUser(userId: string): Promise<SessionUser | null> {
  const now = Date.now();
  const hit = cache.get(userId);
  if (hit && hit.expiresAt > now) return hit.user;
  const user = await findSessionUser(userId);
  cache.set(userId, { user, expiresAt: now + env.SESSION_CHECK_TTL_MS });
  if (cache.size > 10_000) cache.delete(cache.keys().next().value!);
  return user;
}

export function forgetSessionUser(userId: string) {
  cache.delete(userId);
}

/** The session is valid when its user exists and its version is current. */
export async function validateSession(userId: string, sessionVersion: number): Promise<SessionUser | null> {
  const user = await loadSessionUser(userId);
  if (!user || user.sessionVersion !== sessionVersion) return null;
  return user;
}
