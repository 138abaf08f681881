"use client";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { useTRPC } from "@/app/_trpc/client";
import { fieldErrors } from "@/components/ui/field-errors";
import { Button } from "@/components/ui/button";
import { Alert } from "@/components/ui/card";
import { Field, Input } from "@/components/ui/field";
import { createProductInput } from "@/server/modules/catalog/schemas";

interface Initial {
  id: string;
  sku: string;
  name: string;
  description: string;
  category: string;
  priceMinor: number;
  imageUrl: string | null;
}

function fractionDigits(currency: string) {
  return new Intl.NumberFormat("en", { style: "currency", currency }).resolvedOptions().maximumFractionDigits ?? 2;
}

/** Decimal text in major units → minor units without floating-point surprises ("19.99" → 1999). */
function toMinor(value: string, digits: number): number {
  const match = new RegExp(`^\\s*(\\d+)(?:[.,](\\d{1,${Math.max(digits, 1)}}))?\\s*$`).exec(value);
  if (!match || (digits === 0 && match[2])) return Number.NaN;
  return Number(match[1]) * 10 ** digits + Number((match[2] ?? "").padEnd(digits, "0") || "0");
}

/** Create (no initial) or edit a product's details. Stock is set at creation, then adjusted with a reason. */
export function ProductForm({ tenantSlug, initial, currency }: { tenantSlug: string; initial?: Initial; currency: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saved, setSaved] = useState(false);
  const create = useMutation(trpc.products.create.mutationOptions());
  const update = useMutation(trpc.products.update.mutationOptions());
  const mutation = initial ? update : create;

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSaved(false);
    const data = new FormData(event.currentTarget);
    const candidate = {
      sku: String(data.get("sku") ?? ""),
      name: String(data.get("name") ?? ""),
      description: String(data.get("description") ?? ""),
      category: String(data.get("category") ?? ""),
      priceMinor: toMinor(String(data.get("price") ?? ""), fractionDigits(currency)),
      stock: initial ? 0 : Number(data.get("stock") ?? 0),
      imageUrl: String(data.get("imageUrl") ?? "") || null,
    };
    const parsed = createProductInput.safeParse(candidate);
    if (!parsed.success) {
      const next = fieldErrors(parsed.error);
      if (next.priceMinor) next.priceMinor = "Enter a price like 19.99";
      setErrors(next);
      return;
    }
    setErrors({});
    if (initial) {
      const { stock: _stock, active: _active, ...details } = parsed.data;
      update.mutate({ id: initial.id, ...details }, { onSuccess: () => (setSaved(true), router.refresh()) });
    } else {
      create.mutate(parsed.data, { onSuccess: (p) => router.push(`/dashboard/${tenantSlug}/products/${p.id}`) });
    }
  }

  const serverIssues = (mutation.error?.data as { issues?: Array<{ path: string; message: string }> } | undefined)?.issues ?? [];
  const errorFor = (field: string) => errors[field] ?? serverIssues.find((i) => i.path === field)?.message;
  const field = (name: string, label: string, props: React.InputHTMLAttributes<HTMLInputElement> = {}, hint?: string) => (
    <Field id={`product-${name}`} label={label} error={errorFor(name === "price" ? "priceMinor" : name)} hint={hint}>
      <Input id={`product-${name}`} name={name} aria-invalid={Boolean(errorFor(name === "price" ? "priceMinor" : name))} {...props} />
    </Field>
  );
  return (
    <form onSubmit={onSubmit} className="grid gap-4 sm:grid-cols-2" noValidate aria-label={initial ? "Edit product" : "New product"}>
      {field("name", "Name", { defaultValue: initial?.name })}
      {field("sku", "SKU", { defaultValue: initial?.sku })}
      {field("category", "Category", { defaultValue: initial?.category })}
      {field("price", `Price (${currency})`, { defaultValue: initial ? (initial.priceMinor / 10 ** fractionDigits(currency)).toFixed(fractionDigits(currency)) : "", inputMode: "decimal" }, "Before VAT, e.g. 19.99")}
      {!initial && field("stock", "Initial stock", { type: "number", min: 0, defaultValue: 0 })}
      {field("imageUrl", "Image URL", { defaultValue: initial?.imageUrl ?? "" }, "https://… or /products/laptop.svg")}
      <div className="sm:col-span-2">
        <Field id="product-description" label="Description" error={errorFor("description")}>
          <textarea
            id="product-description"
            name="description"
            rows={4}
            defaultValue={initial?.description}
            className="block w-full rounded-md border-0 px-3 py-2 text-sm shadow-sm ring-1 ring-inset ring-gray-300 focus:ring-2 focus:ring-indigo-600"
          />
        </Field>
      </div>
      <div className="flex items-center gap-3 sm:col-span-2">
        <Button type="submit" isLoading={mutation.isPending}>
          {initial ? "Save changes" : "Create product"}
        </Button>
        {saved && <span className="text-sm text-green-700" role="status">Saved.</span>}
      </div>
      {mutation.error && !serverIssues.length && (
        <div className="sm:col-span-2">
          <Alert>{mutation.error.message}</Alert>
        </div>
      )}
    </form>
  );
}
