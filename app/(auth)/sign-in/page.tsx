import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { headers } from "next/headers";
import { Button } from "@/components/ui/button";
import { Alert } from "@/components/ui/card";
import { env } from "@/server/env";
import { oauthProviders } from "@/server/auth/next-auth";
import { resolvePrincipal } from "@/server/auth/resolve";
import { signInWithProvider } from "./actions";
import { SignInForm } from "./sign-in-form";

export const metadata: Metadata = { title: "Sign in" };

const DEMO_ACCOUNTS = [
  { email: "admin_a@example.com", label: "admin_a · Company A" },
  { email: "user_a@example.com", label: "user_a · Company A" },
  { email: "analyst_a@example.com", label: "analyst_a · Company A" },
  { email: "guest_a@example.com", label: "guest_a · Company A" },
  { email: "admin_b@example.com", label: "admin_b · Company B" },
];

const ERRORS: Record<string, string> = {
  NoAccount: "There is no Storefleet account for that e-mail. Ask an admin of your company to add you.",
  AccessDenied: "Access denied.",
  Configuration: "Sign-in is not configured correctly. Contact support.",
};

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string; error?: string }> }) {
  const { callbackUrl = "/dashboard", error } = await searchParams;
  if (await resolvePrincipal(await headers()).catch(() => null)) redirect(callbackUrl.startsWith("/") ? callbackUrl : "/dashboard");
  return (
    <main className="flex min-h-screen items-center justify-center px-4 py-12">
      <div className="w-full max-w-sm">
        <p className="text-center text-sm font-semibold uppercase tracking-wide text-indigo-600">Storefleet</p>
        <h1 className="mt-2 text-center text-2xl font-bold tracking-tight text-gray-900">Sign in to your dashboard</h1>
        <div className="mt-8 rounded-lg bg-white p-6 shadow-sm ring-1 ring-gray-200">
          {error && error !== "CredentialsSignin" && (
            <div className="mb-4">
              <Alert>{ERRORS[error] ?? "Sign-in failed. Try again."}</Alert>
            </div>
          )}
          <SignInForm callbackUrl={callbackUrl} demoAccounts={env.DEMO_MODE ? DEMO_ACCOUNTS : []} />
          {oauthProviders.length > 0 && (
            <div className="mt-6 space-y-2 border-t border-gray-200 pt-5">
              {oauthProviders.map((provider) => (
                <form key={provider} action={signInWithProvider}>
                  <input type="hidden" name="provider" value={provider} />
                  <input type="hidden" name="callbackUrl" value={callbackUrl} />
                  <Button type="submit" variant="secondary" className="w-full capitalize">
                    Continue with {provider}
                  </Button>
                </form>
              ))}
            </div>
          )}
        </div>
      </div>
    </main>
  );
}
