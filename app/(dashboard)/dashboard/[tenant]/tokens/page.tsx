import type { Metadata } from "next";
import { PageHeader } from "@/components/ui/card";
import { HydrateClient, serverTrpc, getQueryClient } from "@/app/_trpc/server";
import { TokensPanel } from "./tokens-panel";

export const metadata: Metadata = { title: "API tokens" };

export default async function TokensPage({ params }: { params: Promise<{ tenant: string }> }) {
  const { tenant } = await params;
  await getQueryClient().prefetchQuery(serverTrpc(tenant).tokens.list.queryOptions());
  return (
    <>
      <PageHeader
        title="API tokens"
        description="Tokens let integrations call the REST API as you, with your role. The secret is shown once; store it safely."
      />
      <HydrateClient>
        <TokensPanel />
      </HydrateClient>
    </>
  );
}
