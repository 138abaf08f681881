import { encode } from "next-auth/jwt";
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { env } from "../env";
import { AppError } from "../errors";
import { createMember, createTenant, ownerDb } from "../testing/db";
import { hashPassword } from "./passwords";
import { resolvePrincipal, resolveTenantAccess } from "./resolve";
import { requestMeta } from "./request-meta";
import { authenticateWithPassword } from "./sign-in";
import { SESSION_COOKIE } from "./session-token";
import { callerAs, createTokenFor } from "../testing/tenants";

async function sessionHeaders(uid: string, sv: number) {
  const jwt = await encode({ token: { uid, sv, sub: uid }, secret: env.AUTH_SECRET, salt: SESSION_COOKIE });
  return new Headers({ cookie: `${SESSION_COOKIE}=${jwt}` });
}

describe("password sign-in", () => {
  let email: string;
  beforeAll(async () => {
    email = `${randomUUID()}@example.test`;
    const tenant = await createTenant();
    await createMember(tenant.id, "user", { email, passwordHash: await hashPassword("correct horse") });
  });

  it("accepts the right password (any case of e-mail) and refuses a wrong one", async () => {
    expect(await authenticateWithPassword({ email: email.toUpperCase(), password: "correct horse" }, "10.0.0.1")).toMatchObject({ email });
    expect(await authenticateWithPassword({ email, password: "wrong" }, "10.0.0.1")).toBeNull();
    expect(await authenticateWithPassword({ email: "nobody@example.test", password: "x" }, "10.0.0.1")).toBeNull();
    expect(await authenticateWithPassword({ email: "not-an-email", password: "x" }, "10.0.0.1")).toBeNull();
  });

  it("rate-limits attempts per account", async () => {
    const target = `${randomUUID()}@example.test`;
    const outcomes: string[] = [];
    for (let i = 0; i < env.SIGNIN_MAX_PER_ACCOUNT + 1; i++) {
      outcomes.push(
        await authenticateWithPassword({ email: target, password: "guess" }, `10.1.0.${i}`).then(
          () => "refused",
          (e: unknown) => (e instanceof AppError ? e.code : "error"),
        ),
      );
    }
    expect(outcomes.filter((o) => o === "refused")).toHaveLength(env.SIGNIN_MAX_PER_ACCOUNT);
    expect(outcomes.at(-1)).toBe("rate_limited");
  });

  it("rate-limits attempts per IP across accounts", async () => {
    const ip = `10.2.${Math.floor(Math.random() * 250)}.1`;
    let limited = false;
    for (let i = 0; i < env.SIGNIN_MAX_PER_IP + 1 && !limited; i++) {
      await authenticateWithPassword({ email: `${randomUUID()}@example.test`, password: "x" }, ip).catch((e: unknown) => {
        if (e instanceof AppError && e.code === "rate_limited") limited = true;
      });
    }
    expect(limited).toBe(true);
  });
});

describe("revocable sessions", () => {
  it("a session works until the user signs out everywhere", async () => {
    const tenant = await createTenant();
    const user = await createMember(tenant.id, "analyst");
    const headers = await sessionHeaders(user.id, 0);
    expect(await resolvePrincipal(headers)).toMatchObject({ kind: "session", user: { id: user.id } });

    const token = await createTokenFor(tenant.id, user.id);
    await callerAs(token.secret, tenant.slug).tenant.signOutEverywhere();
    expect(await resolvePrincipal(headers)).toBeNull();
    // A session issued with the new version works.
    expect(await resolvePrincipal(await sessionHeaders(user.id, 1))).toMatchObject({ kind: "session" });
  });

  it("a change made elsewhere (another instance) takes effect within the cache TTL", async () => {
    const tenant = await createTenant();
    const user = await createMember(tenant.id, "user");
    const headers = await sessionHeaders(user.id, 0);
    expect(await resolvePrincipal(headers)).not.toBeNull();
    await ownerDb().user.update({ where: { id: user.id }, data: { sessionVersion: 5 } });
    await new Promise((r) => setTimeout(r, env.SESSION_CHECK_TTL_MS + 100));
    expect(await resolvePrincipal(headers)).toBeNull();
  });

  it("removing a membership or changing a role applies on the next request", async () => {
    const tenant = await createTenant();
    const user = await createMember(tenant.id, "admin");
    const headers = await sessionHeaders(user.id, 0);
    const principal = (await resolvePrincipal(headers))!;
    const meta = requestMeta(headers);
    expect((await resolveTenantAccess(principal, { requestedSlug: tenant.slug, headers, meta })).role).toBe("admin");
    await ownerDb().membership.updateMany({ where: { tenantId: tenant.id, userId: user.id }, data: { role: "guest" } });
    expect((await resolveTenantAccess(principal, { requestedSlug: tenant.slug, headers, meta })).role).toBe("guest");
    await ownerDb().membership.deleteMany({ where: { tenantId: tenant.id, userId: user.id } });
    await expect(resolveTenantAccess(principal, { requestedSlug: tenant.slug, headers, meta })).rejects.toMatchObject({ code: "tenant_mismatch" });
  });

  it("a forged or foreign-secret cookie is no session", async () => {
    const jwt = await encode({ token: { uid: randomUUID(), sv: 0 }, secret: "another-secret-another-secret-another-secret", salt: SESSION_COOKIE });
    expect(await resolvePrincipal(new Headers({ cookie: `${SESSION_COOKIE}=${jwt}` }))).toBeNull();
    expect(await resolvePrincipal(new Headers({ cookie: `${SESSION_COOKIE}=garbage` }))).toBeNull();
  });
});

describe("a person in several tenants", () => {
  it("lists both tenants and acts in the one the route names, with that tenant's role", async () => {
    const { createCaller } = await import("../root");
    const { createTRPCContext } = await import("../trpc");
    const [a, b] = [await createTenant(), await createTenant()];
    const user = await createMember(a.id, "admin");
    await ownerDb().membership.create({ data: { tenantId: b.id, userId: user.id, role: "guest" } });
    const headers = await sessionHeaders(user.id, 0);
    const caller = (slug?: string) => {
      const h = new Headers(headers);
      if (slug) h.set("x-storefleet-tenant", slug);
      return createCaller(createTRPCContext({ headers: h }));
    };
    expect((await caller().tenant.mine()).map((t) => t.slug).sort()).toEqual([a.slug, b.slug].sort());
    expect((await caller(a.slug).tenant.me()).role).toBe("admin");
    expect((await caller(b.slug).tenant.me()).role).toBe("guest");
    await expect(caller(b.slug).members.list()).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect((await caller(a.slug).members.list()).length).toBe(1);
  });
});
