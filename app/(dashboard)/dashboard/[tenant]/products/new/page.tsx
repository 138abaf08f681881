import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Card, PageHeader } from "@/components/ui/card";
import { tenantMe } from "@/app/_trpc/server";
import { ProductForm } from "../product-form";

export const metadata: Metadata = { title: "New product" };

export default async function NewProductPage({ params }: { params: Promise<{ tenant: string }> }) {
  const { tenant } = await params;
  const me = await tenantMe(tenant);
  if (!me.permissions.includes("products.manage")) notFound();
  return (
    <>
      <PageHeader title="New product" />
      <Card className="p-6">
        <ProductForm tenantSlug={tenant} currency={me.tenant.currency} />
      </Card>
    </>
  );
}
