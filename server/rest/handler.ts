// The REST transport's one chokepoint: parse → authenticate → authorize → validate → call the
// use case → map errors. Route handlers under app/api/v1 contain nothing else.
import { z } from "zod";
import type { TenantCtx } from "../context";
import { env } from "../env";
import { AppError, validationError } from "../errors";
import { can, type Action } from "../permissions";
import { requestMeta, type RequestMeta } from "../auth/request-meta";
import { actorOf, resolvePrincipal, resolveTenantAccess } from "../auth/resolve";
import { storeBySlug } from "../auth/storefront";
import { recordDenial } from "../modules/audit/record";
import { buildStoreCtx, type StoreCtx } from "../context";
import { errorFields, log } from "../platform/log";
import { readJsonBody } from "./body";
import { problem, problemFromAppError } from "./problem";

type RouteParams = { params: Promise<Record<string, string | string[] | undefined>> };

interface CommonOptions<B extends z.ZodType | undefined, Q extends z.ZodType | undefined> {
  body?: B;
  query?: Q;
  maxBodyBytes?: number;
}

type Parsed<S> = S extends z.ZodType ? z.output<S> : undefined;

interface HandlerArgs<B, Q> {
  req: Request;
  params: Record<string, string>;
  body: B;
  query: Q;
  meta: RequestMeta;
}

/** What a handler returns: a Response as is, or data serialized as JSON (status 200 or given). */
export type RestResult = Response | { status?: number; json: unknown; headers?: Record<string, string> };

function toResponse(result: RestResult, requestId: string): Response {
  if (result instanceof Response) {
    result.headers.set("x-request-id", requestId);
    return result;
  }
  return Response.json(result.json, {
    status: result.status ?? 200,
    headers: { "x-request-id": requestId, "cache-control": "no-store", ...result.headers },
  });
}

async function parseInputs<B extends z.ZodType | undefined, Q extends z.ZodType | undefined>(
  req: Request,
  options: CommonOptions<B, Q>,
): Promise<{ body: Parsed<B>; query: Parsed<Q> }> {
  let body: unknown = undefined;
  if (options.body) {
    const raw = await readJsonBody(req, options.maxBodyBytes ?? env.API_MAX_BODY_BYTES);
    const parsed = options.body.safeParse(raw ?? {});
    if (!parsed.success) throw validationError(parsed.error);
    body = parsed.data;
  }
  let query: unknown = undefined;
  if (options.query) {
    const url = new URL(req.url);
    const parsed = options.query.safeParse(Object.fromEntries(url.searchParams));
    if (!parsed.success) throw validationError(parsed.error);
    query = parsed.data;
  }
  return { body: body as Parsed<B>, query: query as Parsed<Q> };
}

async function flatParams(context: RouteParams | undefined): Promise<Record<string, string>> {
  const raw = (context ? await context.params : undefined) ?? {};
  return Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, Array.isArray(v) ? v.join("/") : (v ?? "")]));
}

async function run(req: Request, meta: RequestMeta, fn: () => Promise<RestResult>): Promise<Response> {
  try {
    return toResponse(await fn(), meta.requestId);
  } catch (error) {
    if (error instanceof AppError) return problemFromAppError(error, meta.requestId);
    log.error("rest handler failed", { requestId: meta.requestId, method: req.method, url: req.url, ...errorFields(error) });
    return problem("internal_error", `Something went wrong. Quote request id ${meta.requestId} when reporting this.`, meta.requestId);
  }
}

/**
 * A staff route: the caller's tenant and a permission. API tokens always; the session cookie only
 * with allowSession (dashboard downloads, GET only), where the tenant comes from the [tenant] segment.
 */
export function tenantRoute<B extends z.ZodType | undefined = undefined, Q extends z.ZodType | undefined = undefined>(
  options: CommonOptions<B, Q> & { permission: Action; allowSession?: boolean },
  handler: (args: HandlerArgs<Parsed<B>, Parsed<Q>> & { ctx: TenantCtx }) => Promise<RestResult>,
) {
  return async (req: Request, context?: RouteParams): Promise<Response> => {
    const meta = requestMeta(req.headers);
    return run(req, meta, async () => {
      const principal = await resolvePrincipal(req.headers, { allowSession: options.allowSession ?? false });
      if (!principal) throw new AppError("unauthorized", "Send an API token: Authorization: Bearer <token>.");
      const params = await flatParams(context);
      const ctx = await resolveTenantAccess(principal, { requestedSlug: params.tenant ?? null, headers: req.headers, meta });
      if (!can(ctx.role, options.permission)) {
        await recordDenial(ctx.tenant.id, actorOf(principal), meta, {
          action: "permission.denied",
          metadata: { permission: options.permission, route: `${req.method} ${new URL(req.url).pathname}`, role: ctx.role },
        });
        throw new AppError("forbidden", `Your role (${ctx.role}) cannot do this.`);
      }
      const { body, query } = await parseInputs(req, options);
      return handler({ req, params, body, query, meta, ctx });
    });
  };
}

/** A shopper route: anonymous, the tenant is the store named in the path (/stores/{store}/…). */
export function storeRoute<B extends z.ZodType | undefined = undefined, Q extends z.ZodType | undefined = undefined>(
  options: CommonOptions<B, Q>,
  handler: (args: HandlerArgs<Parsed<B>, Parsed<Q>> & { store: StoreCtx }) => Promise<RestResult>,
) {
  return async (req: Request, context?: RouteParams): Promise<Response> => {
    const meta = requestMeta(req.headers);
    return run(req, meta, async () => {
      const params = await flatParams(context);
      const tenant = params.store ? await storeBySlug(params.store) : null;
      if (!tenant) throw new AppError("not_found", "No such store.");
      const store = buildStoreCtx(tenant, meta);
      const { body, query } = await parseInputs(req, options);
      return handler({ req, params, body, query, meta, store });
    });
  };
}

/** A route with no tenant (health, OpenAPI document). */
export function publicRoute(handler: (args: { req: Request; meta: RequestMeta }) => Promise<RestResult>) {
  return async (req: Request): Promise<Response> => {
    const meta = requestMeta(req.headers);
    return run(req, meta, () => handler({ req, meta }));
  };
}
