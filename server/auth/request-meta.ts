// Who is on the other end of a request, for audit rows, rate limits and logs.
import { randomUUID } from "node:crypto";

export interface RequestMeta {
  requestId: string;
  ip: string | null;
  userAgent: string | null;
}

export function clientIp(headers: Headers): string | null {
  // The platform (Vercel, a reverse proxy) sets these; the first hop is the client.
  const forwarded = headers.get("x-forwarded-for");
  if (forwarded) return forwarded.split(",")[0]!.trim() || null;
  return headers.get("x-real-ip");
}

export function requestMeta(headers: Headers): RequestMeta {
  const incoming = headers.get("x-request-id");
  return {
    requestId: incoming && /^[\w.-]{8,100}$/.test(incoming) ? incoming : randomUUID(),
    ip: clientIp(headers),
    userAgent: headers.get("user-agent")?.slice(0, 500) ?? null,
  };
}
