// Application errors: use cases throw AppError with a stable code; each transport maps it once
// (tRPC error codes here, problem+json in server/rest/problem.ts). Anything that is not an
// AppError is a bug: it becomes a generic 500 with the request id and is logged with detail.
import { TRPCError } from "@trpc/server";
import { ZodError } from "zod";

export const errorCatalog = {
  unauthorized: { status: 401, trpc: "UNAUTHORIZED", title: "Authentication required" },
  forbidden: { status: 403, trpc: "FORBIDDEN", title: "Not allowed" },
  tenant_mismatch: { status: 403, trpc: "FORBIDDEN", title: "Tenant does not match the credentials" },
  not_found: { status: 404, trpc: "NOT_FOUND", title: "Not found" },
  conflict: { status: 409, trpc: "CONFLICT", title: "Conflict" },
  last_admin: { status: 409, trpc: "CONFLICT", title: "A tenant needs at least one admin" },
  already_member: { status: 409, trpc: "CONFLICT", title: "Already a member" },
  insufficient_stock: { status: 409, trpc: "CONFLICT", title: "Not enough stock" },
  idempotency_in_flight: { status: 409, trpc: "CONFLICT", title: "A request with this Idempotency-Key is in progress" },
  invalid_transition: { status: 409, trpc: "CONFLICT", title: "Not possible in the current state" },
  payload_too_large: { status: 413, trpc: "PAYLOAD_TOO_LARGE", title: "Request body too large" },
  unsupported_media_type: { status: 415, trpc: "BAD_REQUEST", title: "Unsupported media type" },
  validation_failed: { status: 422, trpc: "BAD_REQUEST", title: "Invalid request" },
  invalid_promo_code: { status: 422, trpc: "BAD_REQUEST", title: "Promo code not valid" },
  idempotency_key_reused: { status: 422, trpc: "BAD_REQUEST", title: "Idempotency-Key reused with a different request" },
  rate_limited: { status: 429, trpc: "TOO_MANY_REQUESTS", title: "Too many requests" },
  internal_error: { status: 500, trpc: "INTERNAL_SERVER_ERROR", title: "Internal error" },
} as const satisfies Record<string, { status: number; trpc: TRPCError["code"]; title: string }>;

export type ErrorCode = keyof typeof errorCatalog;

export interface FieldIssue {
  path: string;
  message: string;
}

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message?: string,
    readonly details?: { issues?: FieldIssue[]; [key: string]: unknown },
  ) {
    super(message ?? errorCatalog[code].title);
    this.name = "AppError";
  }

  get status(): number {
    return errorCatalog[this.code].status;
  }
}

export function zodIssues(error: ZodError): FieldIssue[] {
  return error.issues.map((i) => ({ path: i.path.join("."), message: i.message }));
}

export function validationError(error: ZodError): AppError {
  return new AppError("validation_failed", "Some fields are invalid.", { issues: zodIssues(error) });
}

/** tRPC: AppError → TRPCError with the stable code kept in `cause` for the error formatter. */
export function toTRPCError(error: AppError): TRPCError {
  return new TRPCError({ code: errorCatalog[error.code].trpc, message: error.message, cause: error });
}

/** Prisma "record not found" (P2025) and foreign-key/unique violations worth a clean answer. */
export function prismaErrorCode(error: unknown): string | undefined {
  if (error && typeof error === "object" && "code" in error && typeof error.code === "string") return error.code;
  return undefined;
}
