import type { Metadata } from "next";
import Link from "next/link";
import { Badge, Card, EmptyState, PageHeader } from "@/components/ui/card";
import { Input, Labeled, Select } from "@/components/ui/field";
import { Table, Td, Th } from "@/components/ui/table";
import { guard, serverCaller } from "@/app/_trpc/server";
import { auditFilterSchema } from "@/server/modules/audit/schemas";

export const metadata: Metadata = { title: "Audit log" };

type Search = Record<string, string | string[] | undefined>;

function pick(search: Search, key: string) {
  const v = search[key];
  return typeof v === "string" && v !== "" ? v : undefined;
}

export default async function AuditPage({ params, searchParams }: { params: Promise<{ tenant: string }>; searchParams: Promise<Search> }) {
  const { tenant } = await params;
  const search = await searchParams;
  const raw = {
    action: pick(search, "action"),
    actor: pick(search, "actor"),
    outcome: pick(search, "outcome"),
    from: pick(search, "from"),
    to: pick(search, "to"),
  };
  const parsed = auditFilterSchema.safeParse(raw);
  const filter = parsed.success ? parsed.data : {};
  const cursor = pick(search, "cursor");
  const caller = await serverCaller(tenant);
  const page = await guard(() => caller.audit.list({ ...filter, cursor, limit: 25 }), `/dashboard/${tenant}/audit`);

  const query = new URLSearchParams(Object.entries(raw).filter((e): e is [string, string] => Boolean(e[1])));
  const base = `/dashboard/${tenant}/audit`;
  const nextHref = page.nextCursor ? `${base}?${new URLSearchParams([...query, ["cursor", page.nextCursor]])}` : null;

  return (
    <>
      <PageHeader
        title="Audit log"
        description="Every change, and every refused attempt, in this tenant. Entries cannot be edited or deleted."
        actions={
          <a
            href={`${base}/export?${query}`}
            className="rounded-md bg-white px-3.5 py-2 text-sm font-semibold text-gray-900 shadow-sm ring-1 ring-gray-300 hover:bg-gray-50"
          >
            Export CSV
          </a>
        }
      />
      <Card className="mb-4 p-4">
        <form method="get" className="grid gap-3 sm:grid-cols-6 sm:items-end" aria-label="Filter the audit log">
          <Labeled label="Action" className="sm:col-span-1">
            <Input name="action" defaultValue={raw.action} placeholder="member." />
          </Labeled>
          <Labeled label="Actor" className="sm:col-span-2">
            <Input name="actor" defaultValue={raw.actor} placeholder="e-mail or token name" />
          </Labeled>
          <Labeled label="Outcome">
            <Select name="outcome" defaultValue={raw.outcome ?? ""}>
              <option value="">any</option>
              <option value="allow">allow</option>
              <option value="deny">deny</option>
            </Select>
          </Labeled>
          <Labeled label="From">
            <Input type="date" name="from" defaultValue={raw.from} />
          </Labeled>
          <Labeled label="To">
            <Input type="date" name="to" defaultValue={raw.to} />
          </Labeled>
          <div className="flex gap-2 sm:col-span-6">
            <button type="submit" className="rounded-md bg-indigo-600 px-3.5 py-2 text-sm font-semibold text-white hover:bg-indigo-500">
              Apply filters
            </button>
            <Link href={base} className="rounded-md px-3.5 py-2 text-sm font-semibold text-gray-700 hover:bg-gray-100">
              Clear
            </Link>
          </div>
          {!parsed.success && <p className="text-sm text-red-600 sm:col-span-6">Some filters were invalid and were ignored.</p>}
        </form>
      </Card>
      <Card>
        {page.items.length === 0 ? (
          <div className="p-5">
            <EmptyState
              title="No entries"
              description={query.size ? "Nothing matches these filters." : "Changes made in this tenant will appear here."}
            />
          </div>
        ) : (
          <Table caption="Audit log entries">
            <thead className="bg-gray-50">
              <tr>
                <Th>When</Th>
                <Th>Action</Th>
                <Th>Outcome</Th>
                <Th>Actor</Th>
                <Th>Resource</Th>
                <Th>Details</Th>
              </tr>
            </thead>
            <tbody className="divide-y divide-gray-100 bg-white">
              {page.items.map((row) => (
                <tr key={row.id}>
                  <Td>
                    <time dateTime={row.createdAt.toISOString()}>{row.createdAt.toISOString().replace("T", " ").slice(0, 19)}</time>
                  </Td>
                  <Td className="font-mono text-xs">{row.action}</Td>
                  <Td>{row.outcome === "allow" ? <Badge tone="green">allow</Badge> : <Badge tone="red">deny</Badge>}</Td>
                  <Td className="max-w-56 truncate">{row.actorLabel ?? "—"}</Td>
                  <Td className="font-mono text-xs">
                    {row.resourceType ? `${row.resourceType}:${row.resourceId?.slice(0, 8) ?? ""}` : "—"}
                  </Td>
                  <Td className="max-w-72 truncate font-mono text-xs" title={JSON.stringify(row.metadata)}>
                    {JSON.stringify(row.metadata)}
                  </Td>
                </tr>
              ))}
            </tbody>
          </Table>
        )}
      </Card>
      <nav className="mt-4 flex justify-between text-sm" aria-label="Pagination">
        {cursor ? (
          <Link href={`${base}?${query}`} className="font-semibold text-indigo-600 hover:text-indigo-500">
            ← Newest
          </Link>
        ) : (
          <span />
        )}
        {nextHref && (
          <Link href={nextHref} className="font-semibold text-indigo-600 hover:text-indigo-500">
            Older entries →
          </Link>
        )}
      </nav>
    </>
  );
}
