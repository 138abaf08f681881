"use client";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { Alert } from "@/components/ui/card";
import { Field, Input } from "@/components/ui/field";
import type { ActionState } from "../actions";

export function CheckoutForm({
  action,
  idempotencyKey,
  promoCode,
  totalLabel,
}: {
  action: (prev: ActionState, form: FormData) => Promise<ActionState>;
  idempotencyKey: string;
  promoCode: string;
  totalLabel: string;
}) {
  const [state, formAction, isPending] = useActionState(action, {});
  return (
    <form action={formAction} className="space-y-4" noValidate aria-label="Place order">
      <input type="hidden" name="idempotencyKey" value={idempotencyKey} />
      <input type="hidden" name="promoCode" value={promoCode} />
      {state.error && <Alert title="The order was not placed">{state.error}</Alert>}
      <Field id="email" label="E-mail for the confirmation" error={state.fieldErrors?.email}>
        <Input id="email" name="email" type="email" autoComplete="email" required aria-invalid={Boolean(state.fieldErrors?.email)} aria-describedby={state.fieldErrors?.email ? "email-error" : undefined} />
      </Field>
      <Button type="submit" size="lg" className="w-full" isLoading={isPending}>
        Place order · {totalLabel}
      </Button>
      <p className="text-xs text-gray-500">Payment: bank transfer or cash on delivery (the shop confirms your payment).</p>
    </form>
  );
}
