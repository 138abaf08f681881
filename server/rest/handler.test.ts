// The REST chokepoint, exercised through real route handlers.
import { beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { GET as getMe } from "@/app/api/v1/me/route";
import { ROLES } from "../permissions";
import { createTenantWithRoles, createTokenFor, type TenantFixture } from "../testing/tenants";
import { createMember, ownerDb } from "../testing/db";
import { tenantRoute } from "./handler";

function request(path: string, init: RequestInit & { token?: string } = {}) {
  const headers = new Headers(init.headers);
  if (init.token) headers.set("authorization", `Bearer ${init.token}`);
  return new Request(`http://localhost:3000${path}`, { ...init, headers });
}

async function problem(res: Response) {
  expect(res.headers.get("content-type")).toBe("application/problem+json");
  expect(res.headers.get("x-request-id")).toBeTruthy();
  const body = (await res.json()) as Record<string, unknown>;
  expect(body).toMatchObject({ status: res.status, type: expect.any(String), title: expect.any(String), detail: expect.any(String), code: expect.any(String) });
  return body;
}

// A route with a body, built with the same wrapper as the real ones.
const echo = tenantRoute(
  { permission: "members.manage", body: z.object({ name: z.string().min(2), count: z.number().int() }), maxBodyBytes: 2048 },
  async ({ body }) => ({ status: 201, json: body }),
);

describe("REST /api/v1", () => {
  let a: TenantFixture;
  let b: TenantFixture;
  beforeAll(async () => {
    a = await createTenantWithRoles();
    b = await createTenantWithRoles();
  });

  it("GET /me answers every role with its identity, tenant and role", async () => {
    for (const role of ROLES) {
      const res = await getMe(request("/api/v1/me", { token: a.roles[role].token }));
      expect(res.status).toBe(200);
      expect(await res.json()).toEqual({
        user: { id: a.roles[role].userId, email: a.roles[role].email, name: expect.any(String) },
        tenant: { id: a.id, slug: a.slug, name: a.name },
        role,
      });
    }
  });

  it("401 without a token, with an unknown, revoked or expired token, or with only a session cookie", async () => {
    expect((await problem(await getMe(request("/api/v1/me")))).code).toBe("unauthorized");
    expect((await getMe(request("/api/v1/me", { token: "sf_not_a_token" }))).status).toBe(401);
    const revoked = await createTokenFor(a.id, a.roles.user.userId);
    await ownerDb().apiToken.update({ where: { id: revoked.id }, data: { revokedAt: new Date() } });
    expect(await problem(await getMe(request("/api/v1/me", { token: revoked.secret })))).toMatchObject({ code: "unauthorized", detail: expect.stringMatching(/revoked/) });
    const expired = await createTokenFor(a.id, a.roles.user.userId);
    await ownerDb().apiToken.update({ where: { id: expired.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect((await getMe(request("/api/v1/me", { token: expired.secret }))).status).toBe(401);
    const cookieOnly = await getMe(request("/api/v1/me", { headers: { cookie: "authjs.session-token=whatever" } }));
    expect(cookieOnly.status).toBe(401);
    expect(cookieOnly.headers.get("www-authenticate")).toMatch(/Bearer/);
  });

  it("401 once the token's user has left the tenant", async () => {
    const leaver = await createMember(a.id, "user");
    const token = await createTokenFor(a.id, leaver.id);
    expect((await getMe(request("/api/v1/me", { token: token.secret }))).status).toBe(200);
    await ownerDb().membership.deleteMany({ where: { tenantId: a.id, userId: leaver.id } });
    expect((await getMe(request("/api/v1/me", { token: token.secret }))).status).toBe(401);
  });

  it("403 and an audit row when X-Tenant-ID names another tenant", async () => {
    const res = await getMe(request("/api/v1/me", { token: a.roles.analyst.token, headers: { "x-tenant-id": b.slug } }));
    expect(res.status).toBe(403);
    const body = await problem(res);
    expect(body.code).toBe("tenant_mismatch");
    const row = await ownerDb().auditLog.findFirst({ where: { tenantId: b.id, requestId: String(body.request_id) } });
    expect(row).toMatchObject({ outcome: "deny", action: "tenant.access", actorTokenId: a.roles.analyst.tokenId });
    // Naming a tenant that does not exist is refused too, and logged in the caller's own tenant.
    const ghost = await getMe(request("/api/v1/me", { token: a.roles.analyst.token, headers: { "x-tenant-id": "no-such-tenant" } }));
    expect(ghost.status).toBe(403);
    const ghostBody = await ghost.json();
    expect(await ownerDb().auditLog.count({ where: { tenantId: a.id, requestId: ghostBody.request_id, outcome: "deny" } })).toBe(1);
  });

  it("403 for a role without the permission, 201 for one with it", async () => {
    const init = (token: string) => request("/x", { method: "POST", token, headers: { "content-type": "application/json" }, body: JSON.stringify({ name: "ok", count: 1 }) });
    expect((await problem(await echo(init(a.roles.user.token)))).code).toBe("forbidden");
    const ok = await echo(init(a.roles.admin.token));
    expect(ok.status).toBe(201);
    expect(await ok.json()).toEqual({ name: "ok", count: 1 });
  });

  it("422 with field issues for an invalid body, 415 for a non-JSON body, 413 for an oversized one", async () => {
    const post = (body: string, type = "application/json") =>
      echo(request("/x", { method: "POST", token: a.roles.admin.token, headers: { "content-type": type }, body }));
    const invalid = await problem(await post(JSON.stringify({ name: "x", count: 1.5 })));
    expect(invalid).toMatchObject({ status: 422, code: "validation_failed" });
    expect((invalid.issues as Array<{ path: string }>).map((i) => i.path).sort()).toEqual(["count", "name"]);
    expect((await problem(await post("{not json"))).code).toBe("validation_failed");
    expect((await problem(await post("name=x", "application/x-www-form-urlencoded"))).status).toBe(415);
    expect((await problem(await post(JSON.stringify({ name: "x".repeat(5000), count: 1 })))).status).toBe(413);
    // A body that lies about its length is cut off while streaming.
    const stream = new ReadableStream({
      start(controller) {
        for (let i = 0; i < 10; i++) controller.enqueue(new TextEncoder().encode("x".repeat(500)));
        controller.close();
      },
    });
    const streamed = await echo(
      new Request("http://localhost:3000/x", {
        method: "POST",
        headers: { authorization: `Bearer ${a.roles.admin.token}`, "content-type": "application/json" },
        body: stream,
        duplex: "half",
      } as RequestInit),
    );
    expect(streamed.status).toBe(413);
  });
});

describe("GET /api/health", () => {
  it("reports the database as reachable through the app role", async () => {
    const { GET } = await import("@/app/api/health/route");
    const res = await GET(new Request("http://localhost:3000/api/health"));
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ ok: true, database: { ok: true, latency_ms: expect.any(Number) } });
  });
});
