// RFC 9457 problem details: every REST error is application/problem+json with a stable `code`.
import { AppError, errorCatalog, type ErrorCode } from "../errors";

export const PROBLEM_TYPE_BASE = "https://storefleet.dev/problems/";

function snake(key: string) {
  return key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
}

/** camelCase keys → snake_case, deeply (REST bodies are snake_case). */
export function snakeKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(snakeKeys);
  if (value && typeof value === "object" && !(value instanceof Date)) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [snake(k), snakeKeys(v)]));
  }
  return value;
}

export function problemBody(code: ErrorCode, detail: string, requestId: string, extra: Record<string, unknown> = {}) {
  const { status, title } = errorCatalog[code];
  return { type: `${PROBLEM_TYPE_BASE}${code.replace(/_/g, "-")}`, title, status, detail, code, request_id: requestId, ...extra };
}

export function problemBodyFromAppError(error: AppError, requestId: string) {
  return problemBody(error.code, error.message, requestId, error.details ? (snakeKeys(error.details) as Record<string, unknown>) : {});
}

export function problemResponse(body: { status: number; code?: string; retry_after_seconds?: unknown; request_id?: unknown }, requestId: string, extraHeaders: Record<string, string> = {}): Response {
  const headers = new Headers({ "content-type": "application/problem+json", "x-request-id": requestId, ...extraHeaders });
  if (body.status === 401) headers.set("www-authenticate", 'Bearer realm="storefleet"');
  if (body.code === "rate_limited" && typeof body.retry_after_seconds === "number") headers.set("retry-after", String(body.retry_after_seconds));
  return new Response(JSON.stringify(body), { status: body.status, headers });
}

export function problem(code: ErrorCode, detail: string, requestId: string, extra: Record<string, unknown> = {}): Response {
  return problemResponse(problemBody(code, detail, requestId, extra), requestId);
}

export function problemFromAppError(error: AppError, requestId: string): Response {
  return problemResponse(problemBodyFromAppError(error, requestId), requestId);
}
