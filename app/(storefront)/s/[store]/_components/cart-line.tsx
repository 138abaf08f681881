"use client";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import type { ActionState } from "../actions";

export function CartLineControls({
  action,
  productId,
  productName,
  quantity,
}: {
  action: (prev: ActionState, form: FormData) => Promise<ActionState>;
  productId: string;
  productName: string;
  quantity: number;
}) {
  const [state, formAction, isPending] = useActionState(action, {});
  return (
    <div className="space-y-1">
      <div className="flex items-center gap-2">
        <form action={formAction} className="flex items-center gap-2">
          <input type="hidden" name="productId" value={productId} />
          <label>
            <span className="sr-only">Quantity of {productName}</span>
            <input
              name="quantity"
              type="number"
              min={0}
              max={999}
              defaultValue={quantity}
              key={quantity}
              className="block w-20 rounded-md border-0 px-2 py-1.5 text-sm shadow-sm ring-1 ring-inset ring-gray-300 focus:ring-2 focus:ring-indigo-600"
            />
          </label>
          <Button type="submit" variant="secondary" size="sm" isLoading={isPending}>
            Update
          </Button>
        </form>
        <form action={formAction}>
          <input type="hidden" name="productId" value={productId} />
          <input type="hidden" name="quantity" value="0" />
          <Button type="submit" variant="ghost" size="sm" className="text-red-600" disabled={isPending}>
            Remove<span className="sr-only"> {productName}</span>
          </Button>
        </form>
      </div>
      {state.error && (
        <p role="alert" className="text-xs font-medium text-red-600">
          {state.error}
        </p>
      )}
    </div>
  );
}
