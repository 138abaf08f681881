import type { ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { TRPCReactProvider } from "@/app/_trpc/client";
import { guard, serverCaller, tenantMe } from "@/app/_trpc/server";
import { signOutAction } from "@/app/(auth)/sign-in/actions";
import { Shell } from "./_components/nav";

export default async function TenantLayout({ children, params }: { children: ReactNode; params: Promise<{ tenant: string }> }) {
  const { tenant: slug } = await params;
  const caller = await serverCaller(slug);
  const [me, tenants] = await Promise.all([tenantMe(slug), guard(() => caller.tenant.mine(), `/dashboard/${slug}`)]);
  const base = `/dashboard/${me.tenant.slug}`;
  const has = (p: string) => me.permissions.includes(p as (typeof me.permissions)[number]);
  const nav = [
    { href: base, label: "Overview" },
    ...(has("products.read") ? [{ href: `${base}/products`, label: "Products" }] : []),
    ...(has("orders.read") ? [{ href: `${base}/orders`, label: "Orders" }] : []),
    ...(has("promos.read") ? [{ href: `${base}/promos`, label: "Promo codes" }] : []),
    ...(has("members.read") ? [{ href: `${base}/members`, label: "Members" }] : []),
    ...(has("tokens.read") ? [{ href: `${base}/tokens`, label: "API tokens" }] : []),
    ...(has("audit.read") ? [{ href: `${base}/audit`, label: "Audit log" }] : []),
  ];
  return (
    <TRPCReactProvider tenantSlug={me.tenant.slug}>
      <Shell
        tenantName={me.tenant.name}
        currentSlug={me.tenant.slug}
        tenants={tenants}
        nav={nav}
        userLabel={me.user?.email ?? "unknown"}
        role={me.role}
        signOut={
          <form action={signOutAction}>
            <Button type="submit" variant="ghost" size="sm" className="px-0 text-gray-600">
              Sign out
            </Button>
          </form>
        }
      >
        {children}
      </Shell>
    </TRPCReactProvider>
  );
}
