import "server-only";
// Server components call procedures directly (no HTTP), through the same middleware as the API:
// authentication, tenant resolution and permission checks run for pages exactly as for clients.
import { dehydrate, HydrationBoundary } from "@tanstack/react-query";
import { createTRPCOptionsProxy } from "@trpc/tanstack-react-query";
import { TRPCError } from "@trpc/server";
import { headers } from "next/headers";
import { notFound, redirect } from "next/navigation";
import { cache, type ReactNode } from "react";
import { appRouter, createCaller } from "@/server/root";
import { createTRPCContext } from "@/server/trpc";
import { makeQueryClient } from "./query-client";

async function contextFor(tenantSlug?: string) {
  const h = new Headers(await headers());
  // Pages act as the signed-in person; a bearer header on a page request is not a credential here.
  h.delete("authorization");
  if (tenantSlug) h.set("x-storefleet-tenant", tenantSlug);
  return createTRPCContext({ headers: h });
}

export const getQueryClient = cache(makeQueryClient);

export const serverCaller = cache(async (tenantSlug?: string) => createCaller(await contextFor(tenantSlug)));

export const serverTrpc = cache((tenantSlug?: string) =>
  createTRPCOptionsProxy({ ctx: () => contextFor(tenantSlug), router: appRouter, queryClient: getQueryClient }),
);

export function HydrateClient({ children }: { children: ReactNode }) {
  return <HydrationBoundary state={dehydrate(getQueryClient())}>{children}</HydrationBoundary>;
}

/** Runs a page's access check: not signed in → sign-in page; no access → 404 (nothing leaks). */
export async function guard<T>(load: () => Promise<T>, returnTo: string): Promise<T> {
  try {
    return await load();
  } catch (error) {
    if (error instanceof TRPCError) {
      if (error.code === "UNAUTHORIZED") redirect(`/sign-in?callbackUrl=${encodeURIComponent(returnTo)}`);
      if (error.code === "FORBIDDEN" || error.code === "NOT_FOUND") notFound();
    }
    throw error;
  }
}

/** The caller's membership of a tenant, once per request (layouts and pages share it). */
export const tenantMe = cache(async (tenantSlug: string) => {
  const caller = await serverCaller(tenantSlug);
  return guard(() => caller.tenant.me(), `/dashboard/${tenantSlug}`);
});

/**
 * A dashboard section's access check, in the section's layout: it runs before anything streams,
 * so a refusal is a real 404 response (a page inside a loading boundary could only render one).
 */
export async function requireSection(tenantSlug: string, permission: string) {
  const me = await tenantMe(tenantSlug);
  if (!me.permissions.includes(permission as (typeof me.permissions)[number])) notFound();
  return me;
}
