// tRPC: context and procedures. The one place the tRPC transport authenticates and authorizes:
//   publicProcedure      anyone
//   authedProcedure      a valid session or API token
//   tenantProcedure      …acting in the tenant the route selects (x-storefleet-tenant header),
//                        ctx.t is the TenantCtx (scoped db, tx, mutate, role, actor)
//   storefrontProcedure  an anonymous shopper in the store the host or x-storefleet-store names
//   .use(requirePermission(action))  role check against server/permissions.ts
import { initTRPC, TRPCError } from "@trpc/server";
import superjson from "superjson";
import { ZodError } from "zod";
import { AppError, toTRPCError, zodIssues } from "./errors";
import { can, type Action } from "./permissions";
import { requestMeta, type RequestMeta } from "./auth/request-meta";
import { resolvePrincipal, resolveTenantAccess, actorOf, type Principal } from "./auth/resolve";
import { storeByHost, storeBySlug } from "./auth/storefront";
import { recordDenial } from "./modules/audit/record";
import { buildStoreCtx } from "./context";
import { errorFields, log } from "./platform/log";

export interface TRPCContext {
  headers: Headers;
  meta: RequestMeta;
}

export interface ProcedureMeta {
  permission?: Action;
  /** An anonymous shopper procedure, scoped to the store the request names. */
  storefront?: boolean;
}

export function createTRPCContext(opts: { headers: Headers }): TRPCContext {
  return { headers: opts.headers, meta: requestMeta(opts.headers) };
}

const t = initTRPC
  .context<TRPCContext>()
  .meta<ProcedureMeta>()
  .create({
    transformer: superjson,
    errorFormatter({ shape, error, ctx }) {
      const cause = error.cause;
      const appCode = cause instanceof AppError ? cause.code : error.code === "INTERNAL_SERVER_ERROR" ? "internal_error" : undefined;
      const issues =
        cause instanceof ZodError ? zodIssues(cause) : cause instanceof AppError ? cause.details?.issues : undefined;
      const details = cause instanceof AppError ? { ...cause.details, issues: undefined } : undefined;
      const internal = error.code === "INTERNAL_SERVER_ERROR";
      return {
        ...shape,
        message: internal ? `Something went wrong (request ${ctx?.meta.requestId ?? "unknown"}).` : shape.message,
        data: {
          ...shape.data,
          stack: undefined,
          appCode,
          issues,
          details,
          requestId: ctx?.meta.requestId,
        },
      };
    },
  });

export const createTRPCRouter = t.router;
export const createCallerFactory = t.createCallerFactory;

// AppError → the matching tRPC code; anything else is logged with the request id and stays a 500.
const errorMapping = t.middleware(async ({ ctx, next, path, type }) => {
  const result = await next();
  if (!result.ok) {
    const cause = result.error.cause;
    if (cause instanceof AppError) throw toTRPCError(cause);
    if (result.error.code === "INTERNAL_SERVER_ERROR") {
      log.error("trpc procedure failed", { requestId: ctx.meta.requestId, path, type, ...errorFields(cause ?? result.error) });
    }
  }
  return result;
});

export const publicProcedure = t.procedure.use(errorMapping);

export const authedProcedure = publicProcedure.use(async ({ ctx, next }) => {
  const principal = await resolvePrincipal(ctx.headers);
  if (!principal) throw new AppError("unauthorized", "Sign in to continue.");
  return next({ ctx: { principal } });
});

export const tenantProcedure = authedProcedure.use(async ({ ctx, next }) => {
  const requestedSlug = ctx.headers.get("x-storefleet-tenant");
  const tenantCtx = await resolveTenantAccess(ctx.principal, { requestedSlug, headers: ctx.headers, meta: ctx.meta });
  return next({ ctx: { t: tenantCtx } });
});

export function requirePermission(action: Action) {
  return t.middleware(async ({ ctx, next, path }) => {
    const { t: tenantCtx, principal } = ctx as unknown as { t?: import("./context").TenantCtx; principal?: Principal };
    if (!tenantCtx || !principal) throw new TRPCError({ code: "INTERNAL_SERVER_ERROR", message: "requirePermission needs tenantProcedure" });
    if (!can(tenantCtx.role, action)) {
      await recordDenial(tenantCtx.tenant.id, actorOf(principal), ctx.meta, {
        action: "permission.denied",
        metadata: { permission: action, procedure: path, role: tenantCtx.role },
      });
      throw new AppError("forbidden", `Your role (${tenantCtx.role}) cannot do this.`);
    }
    return next();
  });
}

/** tenantProcedure + the permission check, with the action recorded in the procedure's meta. */
export function permitted(action: Action) {
  return tenantProcedure.meta({ permission: action }).use(requirePermission(action));
}

export const storefrontProcedure = publicProcedure.meta({ storefront: true }).use(async ({ ctx, next }) => {
  const slug = ctx.headers.get("x-storefleet-store");
  const host = ctx.headers.get("host");
  const store = slug ? await storeBySlug(slug) : host ? await storeByHost(host) : null;
  if (!store) throw new AppError("not_found", "No such store.");
  return next({ ctx: { s: buildStoreCtx(store, ctx.meta) } });
});
