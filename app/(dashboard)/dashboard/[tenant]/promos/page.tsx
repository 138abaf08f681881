import type { Metadata } from "next";
import { PageHeader } from "@/components/ui/card";
import { getQueryClient, HydrateClient, serverTrpc, tenantMe } from "@/app/_trpc/server";
import { PromosPanel } from "./promos-panel";

export const metadata: Metadata = { title: "Promo codes" };

export default async function PromosPage({ params }: { params: Promise<{ tenant: string }> }) {
  const { tenant } = await params;
  const me = await tenantMe(tenant);
  await getQueryClient().prefetchQuery(serverTrpc(tenant).promos.list.queryOptions());
  return (
    <>
      <PageHeader title="Promo codes" description="Percentage discounts shoppers enter at checkout. Codes are case-insensitive." />
      <HydrateClient>
        <PromosPanel canManage={me.permissions.includes("promos.manage")} />
      </HydrateClient>
    </>
  );
}
