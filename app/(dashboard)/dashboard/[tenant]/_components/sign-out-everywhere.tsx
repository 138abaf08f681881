"use client";
import { useMutation } from "@tanstack/react-query";
import { useTRPC } from "@/app/_trpc/client";
import { Button } from "@/components/ui/button";
import { Alert } from "@/components/ui/card";
import { signOutAction } from "@/app/(auth)/sign-in/actions";

export function SignOutEverywhere() {
  const trpc = useTRPC();
  const mutation = useMutation(
    trpc.tenant.signOutEverywhere.mutationOptions({
      // Every session is now invalid, this one included: clear its cookie and go to sign-in.
      onSuccess: () => signOutAction(),
    }),
  );
  return (
    <div className="space-y-2">
      {mutation.error && <Alert>{mutation.error.message}</Alert>}
      <Button variant="secondary" isLoading={mutation.isPending} onClick={() => mutation.mutate()}>
        Sign out everywhere
      </Button>
    </div>
  );
}
