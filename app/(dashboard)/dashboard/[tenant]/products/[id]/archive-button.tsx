"use client";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useTRPC } from "@/app/_trpc/client";
import { Button } from "@/components/ui/button";

export function ArchiveButton({ productId, active, name }: { productId: string; active: boolean; name: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const update = useMutation(trpc.products.update.mutationOptions({ onSuccess: () => router.refresh() }));
  return (
    <Button
      variant={active ? "danger" : "secondary"}
      isLoading={update.isPending}
      onClick={() => {
        if (!active || window.confirm(`Archive ${name}? It disappears from the store; orders keep it.`)) update.mutate({ id: productId, active: !active });
      }}
    >
      {active ? "Archive" : "Restore to the store"}
    </Button>
  );
}
