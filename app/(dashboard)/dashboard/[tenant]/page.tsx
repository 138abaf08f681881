import Link from "next/link";
import { Card, PageHeader } from "@/components/ui/card";
import { tenantMe } from "@/app/_trpc/server";
import { SignOutEverywhere } from "./_components/sign-out-everywhere";

export default async function OverviewPage({ params }: { params: Promise<{ tenant: string }> }) {
  const { tenant } = await params;
  const me = await tenantMe(tenant);
  const base = `/dashboard/${me.tenant.slug}`;
  const sections = [
    { href: `${base}/products`, title: "Products", text: "The catalog of your store: prices, stock, archive.", permission: "products.read" },
    { href: `${base}/orders`, title: "Orders", text: "What shoppers bought: mark paid, fulfil, cancel.", permission: "orders.read" },
    { href: `${base}/promos`, title: "Promo codes", text: "Discount codes for checkout.", permission: "promos.read" },
    { href: `${base}/members`, title: "Members", text: "Who can work in this tenant, and with which role.", permission: "members.read" },
    { href: `${base}/tokens`, title: "API tokens", text: "Credentials for integrations using the REST API.", permission: "tokens.read" },
    { href: `${base}/audit`, title: "Audit log", text: "Every change and every refused attempt, with who and when.", permission: "audit.read" },
  ].filter((s) => me.permissions.includes(s.permission as (typeof me.permissions)[number]));
  return (
    <>
      <PageHeader title={me.tenant.name} description={`You are signed in as ${me.user?.email} with the ${me.role} role.`} />
      <div className="grid gap-4 sm:grid-cols-3">
        <Card className="p-5">
          <p className="text-xs font-medium uppercase text-gray-500">Plan</p>
          <p className="mt-1 text-lg font-semibold capitalize">{me.tenant.plan}</p>
        </Card>
        <Card className="p-5">
          <p className="text-xs font-medium uppercase text-gray-500">Currency</p>
          <p className="mt-1 text-lg font-semibold">{me.tenant.currency}</p>
        </Card>
        <Card className="p-5">
          <p className="text-xs font-medium uppercase text-gray-500">Store address</p>
          <a href={`/s/${me.tenant.slug}`} className="mt-1 block truncate text-lg font-semibold text-indigo-600 hover:underline">
            /s/{me.tenant.slug}
          </a>
        </Card>
      </div>
      {sections.length > 0 && (
        <ul className="mt-6 grid gap-4 sm:grid-cols-3" role="list">
          {sections.map((s) => (
            <li key={s.href}>
              <Link href={s.href} className="block rounded-lg bg-white p-5 shadow-sm ring-1 ring-gray-200 hover:ring-indigo-300">
                <p className="font-semibold text-gray-900">{s.title}</p>
                <p className="mt-1 text-sm text-gray-600">{s.text}</p>
              </Link>
            </li>
          ))}
        </ul>
      )}
      <Card className="mt-6 p-5">
        <h2 className="font-semibold text-gray-900">Security</h2>
        <p className="mt-1 text-sm text-gray-600">Lost a device? End every session of your account, on every device, at once.</p>
        <div className="mt-3">
          <SignOutEverywhere />
        </div>
      </Card>
    </>
  );
}
