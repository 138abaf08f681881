import Link from "next/link";
import type { ReactNode } from "react";
import { cn } from "../ui/cn";

export interface NavItem {
  href: string;
  label: string;
  isActive?: boolean;
}

export interface TenantOption {
  slug: string;
  name: string;
  role: string;
}

export function DashboardShell({
  tenantName,
  currentSlug,
  tenants,
  nav,
  userLabel,
  role,
  signOut,
  children,
}: {
  tenantName: string;
  currentSlug: string;
  tenants: TenantOption[];
  nav: NavItem[];
  userLabel: string;
  role: string;
  signOut: ReactNode;
  children: ReactNode;
}) {
  return (
    <div className="min-h-screen lg:flex">
      <aside className="border-b border-gray-200 bg-white lg:fixed lg:inset-y-0 lg:w-64 lg:border-b-0 lg:border-r">
        <div className="flex h-full flex-col gap-4 p-4">
          <Link href="/dashboard" className="text-sm font-bold uppercase tracking-wide text-indigo-600">
            Storefleet
          </Link>
          <details className="group relative">
            <summary
              className="flex cursor-pointer list-none items-center justify-between rounded-md px-3 py-2 text-sm font-semibold text-gray-900 ring-1 ring-gray-200 hover:bg-gray-50"
              aria-label={`Current tenant: ${tenantName}. Switch tenant`}
            >
              <span className="truncate">{tenantName}</span>
              <span aria-hidden="true" className="text-gray-400 group-open:rotate-180">
                ▾
              </span>
            </summary>
            <ul className="absolute z-10 mt-1 w-full rounded-md bg-white py-1 shadow-lg ring-1 ring-gray-200" role="list">
              {tenants.map((t) => (
                <li key={t.slug}>
                  <Link
                    href={`/dashboard/${t.slug}`}
                    aria-current={t.slug === currentSlug ? "true" : undefined}
                    className={cn("flex justify-between px-3 py-2 text-sm hover:bg-gray-50", t.slug === currentSlug && "font-semibold text-indigo-700")}
                  >
                    <span className="truncate">{t.name}</span>
                    <span className="text-xs text-gray-500">{t.role}</span>
                  </Link>
                </li>
              ))}
            </ul>
          </details>
          <nav aria-label="Dashboard">
            <ul className="flex flex-wrap gap-1 lg:flex-col" role="list">
              {nav.map((item) => (
                <li key={item.href}>
                  <Link
                    href={item.href}
                    aria-current={item.isActive ? "page" : undefined}
                    className={cn(
                      "block rounded-md px-3 py-2 text-sm font-medium",
                      item.isActive ? "bg-indigo-50 text-indigo-700" : "text-gray-700 hover:bg-gray-50",
                    )}
                  >
                    {item.label}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
          <div className="mt-auto border-t border-gray-200 pt-4 text-sm">
            <p className="truncate font-medium text-gray-900">{userLabel}</p>
            <p className="text-xs text-gray-500">Role: {role}</p>
            <div className="mt-2">{signOut}</div>
          </div>
        </div>
      </aside>
      <main className="flex-1 lg:pl-64">
        <div className="mx-auto max-w-6xl px-4 py-8 sm:px-6 lg:px-8">{children}</div>
      </main>
    </div>
  );
}
