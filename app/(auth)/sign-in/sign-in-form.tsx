"use client";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { Alert } from "@/components/ui/card";
import { Field, Input } from "@/components/ui/field";
import { signInWithPassword, type SignInState } from "./actions";

export function SignInForm({ callbackUrl, demoAccounts }: { callbackUrl: string; demoAccounts: Array<{ email: string; label: string }> }) {
  const [state, action, isPending] = useActionState<SignInState, FormData>(signInWithPassword, {});
  return (
    <div className="space-y-6">
      <form action={action} className="space-y-4" noValidate>
        <input type="hidden" name="callbackUrl" value={callbackUrl} />
        {state.error && <Alert>{state.error}</Alert>}
        <Field id="email" label="E-mail" error={state.fieldErrors?.email}>
          <Input
            id="email"
            name="email"
            type="email"
            autoComplete="email"
            required
            defaultValue={state.email}
            aria-invalid={Boolean(state.fieldErrors?.email)}
            aria-describedby={state.fieldErrors?.email ? "email-error" : undefined}
          />
        </Field>
        <Field id="password" label="Password" error={state.fieldErrors?.password}>
          <Input
            id="password"
            name="password"
            type="password"
            autoComplete="current-password"
            required
            aria-invalid={Boolean(state.fieldErrors?.password)}
            aria-describedby={state.fieldErrors?.password ? "password-error" : undefined}
          />
        </Field>
        <Button type="submit" className="w-full" isLoading={isPending}>
          Sign in
        </Button>
      </form>

      {demoAccounts.length > 0 && (
        <section aria-labelledby="demo-heading" className="border-t border-gray-200 pt-5">
          <h2 id="demo-heading" className="text-sm font-semibold text-gray-900">
            Demo accounts
          </h2>
          <p className="mt-1 text-xs text-gray-500">Demo mode: one click signs in (password demo1234).</p>
          <div className="mt-3 grid grid-cols-2 gap-2">
            {demoAccounts.map((account) => (
              <form key={account.email} action={action}>
                <input type="hidden" name="email" value={account.email} />
                <input type="hidden" name="password" value="demo1234" />
                <input type="hidden" name="callbackUrl" value={callbackUrl} />
                <Button type="submit" variant="secondary" size="sm" className="w-full" disabled={isPending}>
                  {account.label}
                </Button>
              </form>
            ))}
          </div>
        </section>
      )}
    </div>
  );
}
