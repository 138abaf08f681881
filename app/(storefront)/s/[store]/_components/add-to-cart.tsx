"use client";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import type { ActionState } from "../actions";

export function AddToCart({
  action,
  productId,
  productName,
  isAvailable,
  withQuantity = false,
  maxQuantity = 999,
}: {
  action: (prev: ActionState, form: FormData) => Promise<ActionState>;
  productId: string;
  productName: string;
  isAvailable: boolean;
  withQuantity?: boolean;
  maxQuantity?: number;
}) {
  const [state, formAction, isPending] = useActionState(action, {});
  if (!isAvailable) {
    return (
      <Button type="button" variant="secondary" className="w-full" disabled>
        Out of stock
      </Button>
    );
  }
  return (
    <form action={formAction} className="space-y-2">
      <input type="hidden" name="productId" value={productId} />
      <div className="flex gap-2">
        {withQuantity && (
          <label className="w-24">
            <span className="sr-only">Quantity</span>
            <input
              name="quantity"
              type="number"
              min={1}
              max={Math.min(maxQuantity, 999)}
              defaultValue={1}
              className="block w-full rounded-md border-0 px-3 py-2 text-sm shadow-sm ring-1 ring-inset ring-gray-300 focus:ring-2 focus:ring-indigo-600"
            />
          </label>
        )}
        <Button type="submit" className="flex-1" isLoading={isPending} aria-label={`Add ${productName} to cart`}>
          Add to cart
        </Button>
      </div>
      <p aria-live="polite" className={state.error ? "text-xs font-medium text-red-600" : "text-xs font-medium text-green-700"}>
        {state.error ?? state.ok ?? ""}
      </p>
    </form>
  );
}
