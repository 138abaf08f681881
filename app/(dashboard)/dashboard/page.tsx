import { redirect } from "next/navigation";
import { EmptyState } from "@/components/ui/card";
import { guard, serverCaller } from "@/app/_trpc/server";

export default async function DashboardIndex() {
  const caller = await serverCaller();
  const tenants = await guard(() => caller.tenant.mine(), "/dashboard");
  if (tenants.length > 0) redirect(`/dashboard/${tenants[0]!.slug}`);
  return (
    <main className="mx-auto max-w-lg px-6 py-24">
      <EmptyState title="You are not a member of any tenant yet" description="Ask an admin of your company to add you by e-mail." />
    </main>
  );
}
