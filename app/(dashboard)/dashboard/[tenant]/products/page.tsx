import type { Metadata } from "next";
import Link from "next/link";
import { Badge, Card, EmptyState, PageHeader } from "@/components/ui/card";
import { Input } from "@/components/ui/field";
import { Money } from "@/components/ui/money";
import { Table, Td, Th } from "@/components/ui/table";
import { StockBadge } from "@/components/storefront/stock-badge";
import { serverCaller, tenantMe } from "@/app/_trpc/server";

export const metadata: Metadata = { title: "Products" };

export default async function ProductsPage({ params, searchParams }: { params: Promise<{ tenant: string }>; searchParams: Promise<{ q?: string; archived?: string }> }) {
  const { tenant } = await params;
  const { q, archived } = await searchParams;
  const [me, caller] = await Promise.all([tenantMe(tenant), serverCaller(tenant)]);
  const page = await caller.products.list({ q: q || undefined, includeArchived: archived === "1", limit: 200 });
  const canManage = me.permissions.includes("products.manage");
  const base = `/dashboard/${tenant}/products`;
  return (
    <>
      <PageHeader
        title="Products"
        description={`${page.total} product${page.total === 1 ? "" : "s"} in the catalog of ${me.tenant.name}.`}
        actions={
          canManage && (
            <Link href={`${base}/new`} className="rounded-md bg-indigo-600 px-3.5 py-2 text-sm font-semibold text-white hover:bg-indigo-500">
              New product
            </Link>
          )
        }
      />
      <form method="get" className="mb-4 flex flex-wrap items-center gap-3">
        <label className="sr-only" htmlFor="product-search">
          Search products
        </label>
        <Input id="product-search" name="q" defaultValue={q} placeholder="Search by name, description or SKU" className="max-w-sm" />
        <label className="flex items-center gap-2 text-sm text-gray-700">
          <input type="checkbox" name="archived" value="1" defaultChecked={archived === "1"} className="rounded border-gray-300" /> Show archived
        </label>
        <button type="submit" className="rounded-md bg-white px-3 py-2 text-sm font-semibold ring-1 ring-gray-300 hover:bg-gray-50">
          Filter
        </button>
      </form>
      <Card>
        {page.items.length === 0 ? (
          <div className="p-5">
            <EmptyState title={q ? "No products match" : "No products yet"} description={canManage ? "Create your first product to start selling." : undefined} />
          </div>
        ) : (
          <Table caption="Products">
            <thead className="bg-gray-50">
              <tr>
                <Th>Product</Th>
                <Th>SKU</Th>
                <Th>Category</Th>
                <Th className="text-right">Price</Th>
                <Th>Stock</Th>
              </tr>
            </thead>
            <tbody className="divide-y divide-gray-100 bg-white">
              {page.items.map((p) => (
                <tr key={p.id} data-testid={`product-row-${p.sku}`}>
                  <Td>
                    <Link href={`${base}/${p.id}`} className="font-medium text-gray-900 hover:text-indigo-600">
                      {p.name}
                    </Link>{" "}
                    {!p.active && <Badge>archived</Badge>}
                  </Td>
                  <Td className="font-mono text-xs">{p.sku}</Td>
                  <Td>{p.category || "—"}</Td>
                  <Td className="text-right">
                    <Money minor={p.priceMinor} currency={p.currency} />
                  </Td>
                  <Td>
                    <span className="mr-2 tabular-nums" data-testid="stock">
                      {p.stock}
                    </span>
                    <StockBadge stock={p.stock} />
                  </Td>
                </tr>
              ))}
            </tbody>
          </Table>
        )}
      </Card>
    </>
  );
}
