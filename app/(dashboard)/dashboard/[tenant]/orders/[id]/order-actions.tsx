"use client";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useTRPC } from "@/app/_trpc/client";
import { Button } from "@/components/ui/button";
import { Alert } from "@/components/ui/card";

export function OrderActions({ orderId, number, status }: { orderId: string; number: number; status: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const done = { onSuccess: () => router.refresh() };
  const markPaid = useMutation(trpc.orders.markPaid.mutationOptions(done));
  const fulfil = useMutation(trpc.orders.fulfil.mutationOptions(done));
  const cancel = useMutation(trpc.orders.cancel.mutationOptions(done));
  const error = markPaid.error ?? fulfil.error ?? cancel.error;
  const busy = markPaid.isPending || fulfil.isPending || cancel.isPending;
  return (
    <div className="space-y-3">
      <div className="flex flex-wrap gap-2">
        {status === "pending" && (
          <Button isLoading={markPaid.isPending} disabled={busy} onClick={() => markPaid.mutate({ id: orderId })}>
            Mark as paid
          </Button>
        )}
        {status === "paid" && (
          <Button isLoading={fulfil.isPending} disabled={busy} onClick={() => fulfil.mutate({ id: orderId })}>
            Mark as fulfilled
          </Button>
        )}
        {(status === "pending" || status === "paid") && (
          <Button
            variant="danger"
            isLoading={cancel.isPending}
            disabled={busy}
            onClick={() => {
              const reason = window.prompt(`Cancel order #${number}? Its items go back into stock. Reason (optional):`);
              if (reason !== null) cancel.mutate({ id: orderId, reason: reason || undefined });
            }}
          >
            Cancel order
          </Button>
        )}
      </div>
      {error && <Alert>{error.message}</Alert>}
    </div>
  );
}
