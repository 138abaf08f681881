// E-mail + password sign-in, rate limited per account and per IP before the (slow) hash check.
import { z } from "zod";
import { env } from "../env";
import { AppError } from "../errors";
import { findUserForSignIn } from "../db/system";
import { limit, rateLimitStore } from "../platform/rate-limit";
import { verifyPassword } from "./passwords";

export const signInSchema = z.object({
  email: z.email("Enter a valid e-mail address").transform((e) => e.trim().toLowerCase()),
  password: z.string().min(1, "Enter your password").max(200),
});

export interface AuthenticatedUser {
  id: string;
  email: string;
  name: string;
  sessionVersion: number;
}

export async function authenticateWithPassword(
  input: unknown,
  ip: string | null,
): Promise<AuthenticatedUser | null> {
  const parsed = signInSchema.safeParse(input);
  if (!parsed.success) return null;
  const { email, password } = parsed.data;

  const store = rateLimitStore();
  const window = env.SIGNIN_WINDOW_SECONDS;
  const [perAccount, perIp] = await Promise.all([
    limit(store, `signin:account:${email}`, env.SIGNIN_MAX_PER_ACCOUNT, window),
    limit(store, `signin:ip:${ip ?? "unknown"}`, env.SIGNIN_MAX_PER_IP, window),
  ]);
  if (!perAccount.allowed || !perIp.allowed) {
    throw new AppError("rate_limited", "Too many sign-in attempts. Try again later.", {
      retryAfterSeconds: Math.ceil((Math.max(perAccount.resetAt, perIp.resetAt) - Date.now()) / 1000),
    });
  }

  const user = await findUserForSignIn(email);
  const ok = await verifyPassword(user?.passwordHash, password);
  if (!user || !ok) return null;
  // A successful sign-in clears the account's counter, so a user who mistyped can continue.
  await store.reset(`signin:account:${email}`);
  return { id: user.id, email: user.email, name: user.name, sessionVersion: user.sessionVersion };
}
