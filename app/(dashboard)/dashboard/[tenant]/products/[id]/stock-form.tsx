"use client";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { useTRPC } from "@/app/_trpc/client";
import { fieldErrors } from "@/components/ui/field-errors";
import { Button } from "@/components/ui/button";
import { Alert } from "@/components/ui/card";
import { Field, Input } from "@/components/ui/field";
import { adjustStockInput } from "@/server/modules/catalog/schemas";

export function StockForm({ productId, stock }: { productId: string; stock: number }) {
  const trpc = useTRPC();
  const router = useRouter();
  const [errors, setErrors] = useState<Record<string, string>>({});
  const adjust = useMutation(trpc.products.adjustStock.mutationOptions({ onSuccess: () => router.refresh() }));
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const parsed = adjustStockInput.safeParse({ id: productId, delta: Number(data.get("delta")), reason: data.get("reason") });
    if (!parsed.success) {
      setErrors(fieldErrors(parsed.error));
      return;
    }
    setErrors({});
    adjust.mutate(parsed.data, { onSuccess: () => form.reset() });
  }
  return (
    <form onSubmit={onSubmit} className="space-y-3" noValidate aria-label="Adjust stock">
      <p className="text-sm text-gray-600">
        In stock now: <strong data-testid="current-stock">{stock}</strong>
      </p>
      <Field id="stock-delta" label="Change by" error={errors.delta} hint="e.g. 10 for a delivery, −2 for damaged items">
        <Input id="stock-delta" name="delta" type="number" aria-invalid={Boolean(errors.delta)} />
      </Field>
      <Field id="stock-reason" label="Reason" error={errors.reason} hint="Recorded in the audit log">
        <Input id="stock-reason" name="reason" aria-invalid={Boolean(errors.reason)} />
      </Field>
      <Button type="submit" variant="secondary" isLoading={adjust.isPending}>
        Adjust stock
      </Button>
      {adjust.error && <Alert>{adjust.error.message}</Alert>}
    </form>
  );
}
