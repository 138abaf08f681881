// API token secrets: shown once, stored only as SHA-256. A high-entropy random secret needs no
// slow KDF; the hash makes a leaked table useless and lets lookups use a unique index.
import { createHash, randomBytes } from "node:crypto";

export const TOKEN_PREFIX = "sf_";

export function generateTokenSecret(): string {
  return `${TOKEN_PREFIX}${randomBytes(24).toString("base64url")}`;
}

export function hashTokenSecret(secret: string): string {
  return createHash("sha256").update(secret, "utf8").digest("hex");
}

/** The visible part kept for lists ("sf_Ab3d…"), never enough to use the token. */
export function tokenDisplayPrefix(secret: string): string {
  return secret.slice(0, Math.min(8, Math.max(4, secret.length - 4)));
}

export function bearerToken(authorization: string | null | undefined): string | null {
  if (!authorization) return null;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization);
  return match ? match[1]! : null;
}
