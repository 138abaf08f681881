"use server";
import { AuthError } from "next-auth";
import { signIn, signOut } from "@/server/auth/next-auth";
import { signInSchema } from "@/server/auth/sign-in";
import { fieldErrors as issuesByField } from "@/components/ui/field-errors";

export interface SignInState {
  error?: string;
  fieldErrors?: { email?: string; password?: string };
  email?: string;
}

function safeCallback(url: unknown): string {
  // Only same-site paths: an open redirect after sign-in is a phishing tool.
  return typeof url === "string" && url.startsWith("/") && !url.startsWith("//") ? url : "/dashboard";
}

export async function signInWithPassword(_prev: SignInState, formData: FormData): Promise<SignInState> {
  const email = String(formData.get("email") ?? "");
  const parsed = signInSchema.safeParse({ email, password: formData.get("password") });
  if (!parsed.success) {
    return { fieldErrors: issuesByField(parsed.error), email };
  }
  try {
    await signIn("credentials", { ...parsed.data, redirectTo: safeCallback(formData.get("callbackUrl")) });
    return {};
  } catch (error) {
    if (error instanceof AuthError) {
      const code = (error as AuthError & { code?: string }).code;
      return {
        email,
        error: code === "rate_limited" ? "Too many sign-in attempts. Wait a few minutes and try again." : "That e-mail and password do not match an account.",
      };
    }
    throw error; // the redirect after a successful sign-in
  }
}

export async function signInWithProvider(formData: FormData) {
  await signIn(String(formData.get("provider")), { redirectTo: safeCallback(formData.get("callbackUrl")) });
}

export async function signOutAction() {
  await signOut({ redirectTo: "/sign-in" });
}
