import type { Metadata } from "next";
import { PageHeader } from "@/components/ui/card";
import { HydrateClient, serverTrpc, getQueryClient, tenantMe } from "@/app/_trpc/server";
import { MembersPanel } from "./members-panel";

export const metadata: Metadata = { title: "Members" };

export default async function MembersPage({ params }: { params: Promise<{ tenant: string }> }) {
  const { tenant } = await params;
  const me = await tenantMe(tenant);
  await getQueryClient().prefetchQuery(serverTrpc(tenant).members.list.queryOptions());
  return (
    <>
      <PageHeader title="Members" description="People who can sign in to this tenant's dashboard, and what their role lets them do." />
      <HydrateClient>
        <MembersPanel currentUserId={me.user?.id ?? ""} />
      </HydrateClient>
    </>
  );
}
