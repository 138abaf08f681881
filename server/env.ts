// Every setting the server reads, validated once. next.config.ts imports this module, so a bad
// environment fails `next build` / `next start` at once instead of on the first request.
// Defaults are for local development; .env.example documents each variable.
import { z } from "zod";

const bool = z
  .enum(["1", "0", "true", "false", "yes", "no", ""])
  .transform((v) => v === "1" || v === "true" || v === "yes");

const isProduction = process.env.NODE_ENV === "production";

const schema = z.object({
  NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
  // Owner connection: migrations and seed only. The app never uses it.
  DATABASE_URL: z.url().optional(),
  // Runtime connections: the RLS-bound app role and the read-mostly system role.
  APP_DATABASE_URL: z.url().optional(),
  SYSTEM_DATABASE_URL: z.url().optional(),
  APP_DB_PASSWORD: z.string().min(1).default("storefleet_app_dev"),
  SYSTEM_DB_PASSWORD: z.string().min(1).default("storefleet_system_dev"),
  DB_POOL_MAX: z.coerce.number().int().min(1).max(200).default(10),
  AUTH_SECRET: isProduction
    ? z.string().min(32, "AUTH_SECRET must be at least 32 characters (openssl rand -base64 32)")
    : z.string().min(32).default("dev-only-insecure-secret-change-me-0123456789"),
  AUTH_GITHUB_ID: z.string().optional(),
  AUTH_GITHUB_SECRET: z.string().optional(),
  AUTH_GOOGLE_ID: z.string().optional(),
  AUTH_GOOGLE_SECRET: z.string().optional(),
  // Public base URL of the dashboard, and the host whose subdomains are storefronts.
  APP_URL: z.url().default("http://localhost:3000"),
  ROOT_HOST: z.string().min(1).default("localhost:3000"),
  DEMO_MODE: bool.default(isProduction ? false : true),
  REDIS_URL: z.url().optional(),
  SESSION_CHECK_TTL_MS: z.coerce.number().int().min(0).max(60_000).default(3_000),
  HOST_CACHE_TTL_MS: z.coerce.number().int().min(0).max(600_000).default(30_000),
  SIGNIN_MAX_PER_ACCOUNT: z.coerce.number().int().min(1).default(10),
  SIGNIN_MAX_PER_IP: z.coerce.number().int().min(1).default(50),
  SIGNIN_WINDOW_SECONDS: z.coerce.number().int().min(1).default(900),
  API_MAX_BODY_BYTES: z.coerce.number().int().min(1024).default(1_048_576),
  LOG_LEVEL: z.enum(["debug", "info", "warn", "error", "silent"]).default(isProduction ? "info" : "debug"),
});

export type Env = z.infer<typeof schema>;

function load(): Env {
  const parsed = schema.safeParse(process.env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new Error(`Invalid environment:\n${lines.join("\n")}\nSee .env.example.`);
  }
  return parsed.data;
}

export const env: Env = load();

/** A role's connection string: explicit, or derived from the owner's DATABASE_URL. */
export function roleDatabaseUrl(role: "app" | "system"): string {
  const explicit = role === "app" ? env.APP_DATABASE_URL : env.SYSTEM_DATABASE_URL;
  if (explicit) return explicit;
  if (!env.DATABASE_URL) {
    throw new Error(
      `${role === "app" ? "APP_DATABASE_URL" : "SYSTEM_DATABASE_URL"} is not set (nor DATABASE_URL to derive it from). ` +
        "Start the app with `npm run dev`, which provides an embedded database, or see .env.example.",
    );
  }
  const url = new URL(env.DATABASE_URL);
  url.username = role === "app" ? "storefleet_app" : "storefleet_system";
  url.password = role === "app" ? env.APP_DB_PASSWORD : env.SYSTEM_DB_PASSWORD;
  return url.toString();
}
