"use client";
import { usePathname } from "next/navigation";
import { DashboardShell, type NavItem, type TenantOption } from "@/components/dashboard/shell";
import type { ReactNode } from "react";

/** Marks the active section from the URL; everything else is the presentational shell. */
export function Shell(props: {
  tenantName: string;
  currentSlug: string;
  tenants: TenantOption[];
  nav: Array<Omit<NavItem, "isActive">>;
  userLabel: string;
  role: string;
  signOut: ReactNode;
  children: ReactNode;
}) {
  const pathname = usePathname();
  const base = `/dashboard/${props.currentSlug}`;
  const nav = props.nav.map((item) => ({
    ...item,
    isActive: item.href === base ? pathname === base : pathname.startsWith(item.href),
  }));
  return <DashboardShell {...props} nav={nav} />;
}
