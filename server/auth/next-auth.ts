// next-auth (Auth.js v5): e-mail + password always; GitHub / Google when their env vars are set.
// Sessions are JWTs carrying the user id and session_version; server/auth/session-cache.ts checks
// the version on every request, which is what makes them revocable.
import NextAuth, { CredentialsSignin, type NextAuthConfig } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import GitHub from "next-auth/providers/github";
import Google from "next-auth/providers/google";
import { env } from "../env";
import { AppError } from "../errors";
import { findUserForSignIn } from "../db/system";
import { authenticateWithPassword } from "./sign-in";
import { clientIp } from "./request-meta";
import { errorFields, log } from "../platform/log";

class RateLimitedSignIn extends CredentialsSignin {
  override code = "rate_limited";
}

const providers: NextAuthConfig["providers"] = [
  Credentials({
    credentials: { email: { label: "E-mail", type: "email" }, password: { label: "Password", type: "password" } },
    async authorize(credentials, request) {
      try {
        const user = await authenticateWithPassword(credentials, clientIp(request.headers));
        return user ? { id: user.id, email: user.email, name: user.name, sessionVersion: user.sessionVersion } : null;
      } catch (error) {
        if (error instanceof AppError && error.code === "rate_limited") throw new RateLimitedSignIn();
        throw error;
      }
    },
  }),
];
if (env.AUTH_GITHUB_ID && env.AUTH_GITHUB_SECRET) {
  providers.push(GitHub({ clientId: env.AUTH_GITHUB_ID, clientSecret: env.AUTH_GITHUB_SECRET }));
}
if (env.AUTH_GOOGLE_ID && env.AUTH_GOOGLE_SECRET) {
  providers.push(Google({ clientId: env.AUTH_GOOGLE_ID, clientSecret: env.AUTH_GOOGLE_SECRET }));
}

export const oauthProviders = providers.flatMap((p) => {
  const id = typeof p === "function" ? p().id : p.id;
  return id === "credentials" ? [] : [id];
});

export const { handlers, auth, signIn, signOut } = NextAuth({
  secret: env.AUTH_SECRET,
  trustHost: true,
  session: { strategy: "jwt", maxAge: 30 * 24 * 60 * 60 },
  pages: { signIn: "/sign-in", error: "/sign-in" },
  // A wrong password is an answer, not a server error: keep it out of the error log.
  logger: {
    error(error) {
      if (error.name === "CredentialsSignin") log.info("sign-in refused", { reason: (error as { code?: string }).code ?? "credentials" });
      else log.error("auth error", errorFields(error));
    },
    warn(code) {
      log.warn("auth warning", { code });
    },
  },
  providers,
  callbacks: {
    // OAuth only signs in people who already have a Storefleet identity with that e-mail.
    async signIn({ account, user }) {
      if (!account || account.provider === "credentials") return true;
      if (!user.email) return false;
      return (await findUserForSignIn(user.email)) ? true : "/sign-in?error=NoAccount";
    },
    async jwt({ token, user, account }) {
      if (user && account) {
        if (account.provider === "credentials") {
          token.uid = user.id;
          token.sv = (user as { sessionVersion?: number }).sessionVersion ?? 0;
        } else {
          const identity = user.email ? await findUserForSignIn(user.email) : null;
          if (!identity) return null;
          token.uid = identity.id;
          token.sv = identity.sessionVersion;
          token.name = identity.name;
          token.email = identity.email;
        }
      }
      return token;
    },
    async session({ session, token }) {
      return { ...session, uid: token.uid as string | undefined, sv: token.sv as number | undefined };
    },
  },
});
