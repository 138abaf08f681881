// The OpenAPI 3.1 document of /api/v1, generated from the same zod schemas the handlers validate
// with. server/rest/openapi.test.ts validates it and checks that every route handler appears here.
import { z } from "zod";
import { restCartItemBody, cartResource } from "../modules/carts";
import { productListResource, productResource, restProductCreate, restProductPatch, restProductQuery } from "../modules/catalog";
import { restCheckoutBody } from "../modules/checkout";
import { orderListResource, orderResource, restOrdersQuery } from "../modules/orders";
import { permissions, type Action } from "../permissions";

type Method = "get" | "post" | "put" | "patch" | "delete";

interface Operation {
  method: Method;
  path: string;
  summary: string;
  description?: string;
  tag: "Account" | "Products" | "Orders" | "Storefront" | "Meta";
  auth: "token" | "none";
  permission?: Action;
  query?: z.ZodType;
  body?: z.ZodType;
  headers?: Array<{ name: string; description: string; required?: boolean }>;
  success: { status: number; description: string; schema?: z.ZodType };
  errors: number[];
}

const meResource = z.object({
  user: z.object({ id: z.uuid(), email: z.string(), name: z.string() }).nullable(),
  tenant: z.object({ id: z.uuid(), slug: z.string(), name: z.string() }),
  role: z.enum(["admin", "analyst", "user", "guest"]),
});

export const operations: Operation[] = [
  { method: "get", path: "/api/v1/me", summary: "Who the token acts as", tag: "Account", auth: "token", permission: "tenant.read", success: { status: 200, description: "The token's user, tenant and role", schema: meResource }, errors: [401, 403] },
  { method: "get", path: "/api/v1/products", summary: "List products", tag: "Products", auth: "token", permission: "products.read", query: restProductQuery, success: { status: 200, description: "A page of products", schema: productListResource }, errors: [401, 403, 422] },
  { method: "post", path: "/api/v1/products", summary: "Create a product", tag: "Products", auth: "token", permission: "products.manage", body: restProductCreate, success: { status: 201, description: "The created product", schema: productResource }, errors: [401, 403, 409, 413, 415, 422] },
  { method: "get", path: "/api/v1/products/{id}", summary: "Get a product", tag: "Products", auth: "token", permission: "products.read", success: { status: 200, description: "The product", schema: productResource }, errors: [401, 403, 404] },
  { method: "patch", path: "/api/v1/products/{id}", summary: "Change a product", description: "Details and/or an absolute stock level (audited with stock_reason), in one transaction.", tag: "Products", auth: "token", permission: "products.manage", body: restProductPatch, success: { status: 200, description: "The changed product", schema: productResource }, errors: [401, 403, 404, 409, 413, 415, 422] },
  { method: "delete", path: "/api/v1/products/{id}", summary: "Archive a product", description: "Products stay in order history; DELETE hides the product from the store (active = false).", tag: "Products", auth: "token", permission: "products.manage", success: { status: 204, description: "Archived" }, errors: [401, 403, 404] },
  { method: "get", path: "/api/v1/orders", summary: "List orders", tag: "Orders", auth: "token", permission: "orders.read", query: restOrdersQuery, success: { status: 200, description: "A page of orders, newest first", schema: orderListResource }, errors: [401, 403, 422] },
  { method: "get", path: "/api/v1/orders/{id}", summary: "Get an order", tag: "Orders", auth: "token", permission: "orders.read", success: { status: 200, description: "The order", schema: orderResource }, errors: [401, 403, 404] },
  { method: "get", path: "/api/v1/stores/{store}/products", summary: "A store's catalog", tag: "Storefront", auth: "none", query: restProductQuery, success: { status: 200, description: "Active products", schema: productListResource }, errors: [404, 422] },
  { method: "get", path: "/api/v1/stores/{store}/products/{id}", summary: "A product in a store", tag: "Storefront", auth: "none", success: { status: 200, description: "The product", schema: productResource }, errors: [404] },
  { method: "post", path: "/api/v1/stores/{store}/carts", summary: "Create a cart", tag: "Storefront", auth: "none", success: { status: 201, description: "The new, empty cart", schema: cartResource }, errors: [404] },
  { method: "get", path: "/api/v1/stores/{store}/carts/{id}", summary: "Get a cart", tag: "Storefront", auth: "none", success: { status: 200, description: "The cart with current prices", schema: cartResource }, errors: [404] },
  { method: "put", path: "/api/v1/stores/{store}/carts/{id}/items", summary: "Set a cart line's quantity", description: "quantity 0 removes the line. Another store's product is not found.", tag: "Storefront", auth: "none", body: restCartItemBody, success: { status: 200, description: "The cart", schema: cartResource }, errors: [404, 409, 413, 415, 422] },
  {
    method: "post",
    path: "/api/v1/stores/{store}/carts/{id}/checkout",
    summary: "Check out a cart",
    description:
      "One transaction: prices re-read, promo code redeemed, stock reserved for every line, order created, cart cleared. " +
      "If any line is short nothing changes and the 409 lists the short items. With Idempotency-Key, the same key and body replays the first response (Idempotent-Replayed: true); another body is 422; a request still in flight is 409.",
    tag: "Storefront",
    auth: "none",
    body: restCheckoutBody,
    headers: [{ name: "Idempotency-Key", description: "Any unique string (1–255 visible ASCII characters), kept 24 hours" }],
    success: { status: 201, description: "The order", schema: orderResource },
    errors: [404, 409, 413, 415, 422],
  },
  { method: "get", path: "/api/v1/openapi.json", summary: "This document", tag: "Meta", auth: "none", success: { status: 200, description: "OpenAPI 3.1" }, errors: [] },
];

const errorDescriptions: Record<number, string> = {
  401: "Missing, unknown, expired or revoked API token",
  403: "The token's role lacks the permission, or a tenant hint contradicts the token",
  404: "Not found (including other tenants' resources)",
  409: "Conflict: insufficient_stock (with items), idempotency_in_flight, conflict",
  413: "Body too large",
  415: "Body is not application/json",
  422: "Invalid request (issues[] lists the fields), invalid_promo_code, idempotency_key_reused",
};

function schema(s: z.ZodType, io: "input" | "output") {
  const { $schema: _, ...rest } = z.toJSONSchema(s, { io, unrepresentable: "any" }) as Record<string, unknown>;
  return rest;
}

function queryParameters(q: z.ZodType) {
  const json = schema(q, "input") as { properties?: Record<string, unknown>; required?: string[] };
  return Object.entries(json.properties ?? {}).map(([name, s]) => ({ name, in: "query", required: json.required?.includes(name) ?? false, schema: s }));
}

export function openApiDocument(serverUrl = "/") {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const op of operations) {
    const pathParams = [...op.path.matchAll(/\{(\w+)\}/g)].map((m) => ({
      name: m[1],
      in: "path",
      required: true,
      schema: m[1] === "store" ? { type: "string", description: "The store's slug" } : { type: "string", format: "uuid" },
    }));
    const responses: Record<string, unknown> = {
      [op.success.status]: op.success.schema
        ? { description: op.success.description, content: { "application/json": { schema: schema(op.success.schema, "output") } } }
        : { description: op.success.description },
    };
    for (const status of op.errors) {
      responses[status] = { description: errorDescriptions[status], content: { "application/problem+json": { schema: { $ref: "#/components/schemas/Problem" } } } };
    }
    (paths[op.path] ??= {})[op.method] = {
      operationId: `${op.method}${op.path.replace("/api/v1", "").replace(/\{(\w+)\}/g, "By_$1").replace(/[^A-Za-z0-9]+(.)?/g, (_, c: string | undefined) => (c ? c.toUpperCase() : ""))}`,
      summary: op.summary,
      ...(op.description ? { description: op.description } : {}),
      tags: [op.tag],
      security: op.auth === "token" ? [{ bearerToken: [] }] : [],
      ...(op.permission ? { "x-permission": op.permission, "x-roles": permissions[op.permission] } : {}),
      parameters: [
        ...pathParams,
        ...(op.query ? queryParameters(op.query) : []),
        ...(op.headers ?? []).map((h) => ({ name: h.name, in: "header", required: h.required ?? false, description: h.description, schema: { type: "string" } })),
      ],
      ...(op.body ? { requestBody: { required: true, content: { "application/json": { schema: schema(op.body, "input") } } } } : {}),
      responses,
    };
  }
  return {
    openapi: "3.1.0",
    info: {
      title: "Storefleet API",
      version: "1.0.0",
      description:
        "REST API for integrations (API token: Authorization: Bearer <token>, acting with the token's user and role in its tenant) " +
        "and for headless storefronts (/stores/{store}/…, anonymous). Money is a decimal number in major units with the currency. " +
        "Errors are application/problem+json with a stable `code`; every response carries X-Request-Id.",
    },
    servers: [{ url: serverUrl }],
    tags: [{ name: "Account" }, { name: "Products" }, { name: "Orders" }, { name: "Storefront" }, { name: "Meta" }],
    paths,
    components: {
      securitySchemes: { bearerToken: { type: "http", scheme: "bearer", description: "An API token created in the dashboard" } },
      schemas: {
        Problem: {
          type: "object",
          required: ["type", "title", "status", "detail", "code"],
          properties: {
            type: { type: "string" },
            title: { type: "string" },
            status: { type: "integer" },
            detail: { type: "string" },
            code: { type: "string", description: "Stable machine-readable error code" },
            request_id: { type: "string" },
            issues: { type: "array", items: { type: "object", properties: { path: { type: "string" }, message: { type: "string" } } } },
            items: { type: "array", description: "insufficient_stock: the short lines", items: { type: "object" } },
          },
        },
      },
    },
  };
}
