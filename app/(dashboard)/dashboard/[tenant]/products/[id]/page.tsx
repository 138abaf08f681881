import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { TRPCError } from "@trpc/server";
import { Badge, Card, PageHeader } from "@/components/ui/card";
import { Money } from "@/components/ui/money";
import { serverCaller, tenantMe } from "@/app/_trpc/server";
import { ProductForm } from "../product-form";
import { ArchiveButton } from "./archive-button";
import { StockForm } from "./stock-form";

export const metadata: Metadata = { title: "Product" };

export default async function ProductPage({ params }: { params: Promise<{ tenant: string; id: string }> }) {
  const { tenant, id } = await params;
  const [me, caller] = await Promise.all([tenantMe(tenant), serverCaller(tenant)]);
  const product = await caller.products.get({ id }).catch((error: unknown) => {
    if (error instanceof TRPCError && (error.code === "NOT_FOUND" || error.code === "BAD_REQUEST")) notFound();
    throw error;
  });
  const canManage = me.permissions.includes("products.manage");
  return (
    <>
      <PageHeader
        title={product.name}
        description={`SKU ${product.sku}`}
        actions={
          <>
            {!product.active && <Badge>archived</Badge>}
            {canManage && <ArchiveButton productId={product.id} active={product.active} name={product.name} />}
          </>
        }
      />
      {canManage ? (
        <div className="grid gap-6 lg:grid-cols-[1fr_20rem]">
          <Card className="p-6">
            <ProductForm tenantSlug={tenant} currency={product.currency} initial={product} />
          </Card>
          <Card className="h-fit p-6">
            <h2 className="mb-3 font-semibold">Stock</h2>
            <StockForm productId={product.id} stock={product.stock} />
          </Card>
        </div>
      ) : (
        <Card className="space-y-2 p-6 text-sm">
          <p>
            Price: <Money minor={product.priceMinor} currency={product.currency} className="font-semibold" />
          </p>
          <p>Stock: {product.stock}</p>
          <p>Category: {product.category || "—"}</p>
          <p className="text-gray-600">{product.description}</p>
        </Card>
      )}
    </>
  );
}
