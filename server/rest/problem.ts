// RFC 9457 problem details: every REST error is application/problem+json with a stable `code`.
import { AppError, errorCatalog, type ErrorCode } from "../errors";

export const PROBLEM_TYPE_BASE = "https://storefleet.dev/problems/";

export function problem(code: ErrorCode, detail: string, requestId: string, extra: Record<string, unknown> = {}): Response {
  const { status, title } = errorCatalog[code];
  const body = {
    type: `${PROBLEM_TYPE_BASE}${code.replace(/_/g, "-")}`,
    title,
    status,
    detail,
    code,
    request_id: requestId,
    ...extra,
  };
  const headers = new Headers({ "content-type": "application/problem+json", "x-request-id": requestId });
  if (status === 401) headers.set("www-authenticate", 'Bearer realm="storefleet"');
  if (code === "rate_limited" && typeof extra.retry_after_seconds === "number") headers.set("retry-after", String(extra.retry_after_seconds));
  return new Response(JSON.stringify(body), { status, headers });
}

function snakeKeys(value: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`), v]));
}

export function problemFromAppError(error: AppError, requestId: string): Response {
  return problem(error.code, error.message, requestId, error.details ? snakeKeys(error.details) : {});
}
