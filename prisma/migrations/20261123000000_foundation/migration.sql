-- Storefleet foundation: tenants, identities, memberships, API tokens, audit log,
-- the two runtime roles and the row-level security that isolates tenants.
--
-- Runtime roles (cluster-wide, created once; passwords are set by scripts/migrate.ts from env):
--   storefleet_app     the application. NOSUPERUSER NOBYPASSRLS: every row it touches passes a policy
--                      keyed on current_setting('app.tenant_id').
--   storefleet_system  the few audited system paths that run before a tenant is known (sign-in,
--                      API-token lookup, storefront host lookup, the tenant switcher). Read-only
--                      except api_tokens.last_used_at.
-- Migrations run as the owner; FORCE ROW LEVEL SECURITY makes the policies apply to a
-- non-superuser owner too.

DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'storefleet_app') THEN
    CREATE ROLE storefleet_app LOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE NOINHERIT;
  END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'storefleet_system') THEN
    CREATE ROLE storefleet_system LOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE NOINHERIT;
  END IF;
END
$$;

GRANT USAGE ON SCHEMA public TO storefleet_app, storefleet_system;

-- CreateEnum
CREATE TYPE "role" AS ENUM ('admin', 'analyst', 'user', 'guest');
CREATE TYPE "audit_outcome" AS ENUM ('allow', 'deny');

-- CreateTable
CREATE TABLE "tenants" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "plan" TEXT NOT NULL DEFAULT 'free',
    "currency" CHAR(3) NOT NULL DEFAULT 'EUR',
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "tenants_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "tenants_slug_format" CHECK ("slug" ~ '^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$'),
    CONSTRAINT "tenants_currency_format" CHECK ("currency" ~ '^[A-Z]{3}$')
);

CREATE TABLE "tenant_domains" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "tenant_id" UUID NOT NULL,
    "host" TEXT NOT NULL,
    "verified" BOOLEAN NOT NULL DEFAULT false,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "tenant_domains_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "tenant_domains_host_lower" CHECK ("host" = lower("host"))
);

CREATE TABLE "users" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "password_hash" TEXT,
    "is_platform_admin" BOOLEAN NOT NULL DEFAULT false,
    "session_version" INTEGER NOT NULL DEFAULT 0,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "users_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "users_email_lower" CHECK ("email" = lower("email"))
);

CREATE TABLE "memberships" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "tenant_id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "role" "role" NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "memberships_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "api_tokens" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "tenant_id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "prefix" TEXT NOT NULL,
    "token_hash" CHAR(64) NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "last_used_at" TIMESTAMPTZ(3),
    "expires_at" TIMESTAMPTZ(3),
    "revoked_at" TIMESTAMPTZ(3),
    CONSTRAINT "api_tokens_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "audit_logs" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "tenant_id" UUID NOT NULL,
    "actor_user_id" UUID,
    "actor_token_id" UUID,
    "actor_label" TEXT,
    "action" TEXT NOT NULL,
    "resource_type" TEXT,
    "resource_id" TEXT,
    "outcome" "audit_outcome" NOT NULL,
    "ip" TEXT,
    "user_agent" TEXT,
    "request_id" TEXT,
    "metadata" JSONB NOT NULL DEFAULT '{}',
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "audit_logs_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "tenants_slug_key" ON "tenants"("slug");
CREATE UNIQUE INDEX "tenant_domains_host_key" ON "tenant_domains"("host");
CREATE INDEX "tenant_domains_tenant_id_idx" ON "tenant_domains"("tenant_id");
CREATE UNIQUE INDEX "users_email_key" ON "users"("email");
CREATE INDEX "memberships_user_id_idx" ON "memberships"("user_id");
CREATE UNIQUE INDEX "memberships_tenant_id_user_id_key" ON "memberships"("tenant_id", "user_id");
CREATE UNIQUE INDEX "api_tokens_token_hash_key" ON "api_tokens"("token_hash");
CREATE INDEX "api_tokens_tenant_id_created_at_idx" ON "api_tokens"("tenant_id", "created_at");
CREATE INDEX "audit_logs_tenant_id_created_at_idx" ON "audit_logs"("tenant_id", "created_at" DESC);
CREATE INDEX "audit_logs_tenant_id_action_idx" ON "audit_logs"("tenant_id", "action");

-- AddForeignKey
ALTER TABLE "tenant_domains" ADD CONSTRAINT "tenant_domains_tenant_id_fkey" FOREIGN KEY ("tenant_id") REFERENCES "tenants"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "memberships" ADD CONSTRAINT "memberships_tenant_id_fkey" FOREIGN KEY ("tenant_id") REFERENCES "tenants"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "memberships" ADD CONSTRAINT "memberships_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "api_tokens" ADD CONSTRAINT "api_tokens_tenant_id_fkey" FOREIGN KEY ("tenant_id") REFERENCES "tenants"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "api_tokens" ADD CONSTRAINT "api_tokens_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "audit_logs" ADD CONSTRAINT "audit_logs_tenant_id_fkey" FOREIGN KEY ("tenant_id") REFERENCES "tenants"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Row-level security ---------------------------------------------------------------------------
-- The tenant comes from a per-statement setting; '' (unscoped) maps to NULL, which matches nothing.
-- (SELECT …) makes PostgreSQL evaluate it once per statement (an InitPlan), not once per row.

ALTER TABLE "tenants" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "tenants" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenants_app_select ON "tenants" FOR SELECT TO storefleet_app
  USING ("id" = (SELECT nullif(current_setting('app.tenant_id', true), '')::uuid));
CREATE POLICY tenants_app_update ON "tenants" FOR UPDATE TO storefleet_app
  USING ("id" = (SELECT nullif(current_setting('app.tenant_id', true), '')::uuid))
  WITH CHECK ("id" = (SELECT nullif(current_setting('app.tenant_id', true), '')::uuid));
CREATE POLICY tenants_system_select ON "tenants" FOR SELECT TO storefleet_system USING (true);

ALTER TABLE "tenant_domains" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "tenant_domains" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "tenant_domains" FOR ALL TO storefleet_app
  USING ("tenant_id" = (SELECT nullif(current_setting('app.tenant_id', true), '')::uuid))
  WITH CHECK ("tenant_id" = (SELECT nullif(current_setting('app.tenant_id', true), '')::uuid));
CREATE POLICY tenant_domains_system_select ON "tenant_domains" FOR SELECT TO storefleet_system USING (true);

-- users is global identity (no tenant_id): the app sees the members of the current tenant only.
ALTER TABLE "users" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "users" FORCE ROW LEVEL SECURITY;
CREATE POLICY users_app_select ON "users" FOR SELECT TO storefleet_app
  USING ("id" IN (SELECT "user_id" FROM "memberships"
                  WHERE "tenant_id" = (SELECT nullif(current_setting('app.tenant_id', true), '')::uuid)));
CREATE POLICY users_app_update ON "users" FOR UPDATE TO storefleet_app
  USING ("id" IN (SELECT "user_id" FROM "memberships"
                  WHERE "tenant_id" = (SELECT nullif(current_setting('app.tenant_id', true), '')::uuid)));
-- Inviting a member by e-mail may create the (password-less) identity first.
CREATE POLICY users_app_insert ON "users" FOR INSERT TO storefleet_app
  WITH CHECK ("password_hash" IS NULL AND NOT "is_platform_admin"
              AND (SELECT nullif(current_setting('app.tenant_id', true), '')) IS NOT NULL);
CREATE POLICY users_system_select ON "users" FOR SELECT TO storefleet_system USING (true);

ALTER TABLE "memberships" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "memberships" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "memberships" FOR ALL TO storefleet_app
  USING ("tenant_id" = (SELECT nullif(current_setting('app.tenant_id', true), '')::uuid))
  WITH CHECK ("tenant_id" = (SELECT nullif(current_setting('app.tenant_id', true), '')::uuid));
CREATE POLICY memberships_system_select ON "memberships" FOR SELECT TO storefleet_system USING (true);

ALTER TABLE "api_tokens" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "api_tokens" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "api_tokens" FOR ALL TO storefleet_app
  USING ("tenant_id" = (SELECT nullif(current_setting('app.tenant_id', true), '')::uuid))
  WITH CHECK ("tenant_id" = (SELECT nullif(current_setting('app.tenant_id', true), '')::uuid));
CREATE POLICY api_tokens_system_select ON "api_tokens" FOR SELECT TO storefleet_system USING (true);
CREATE POLICY api_tokens_system_touch ON "api_tokens" FOR UPDATE TO storefleet_system USING (true) WITH CHECK (true);

ALTER TABLE "audit_logs" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "audit_logs" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "audit_logs" FOR ALL TO storefleet_app
  USING ("tenant_id" = (SELECT nullif(current_setting('app.tenant_id', true), '')::uuid))
  WITH CHECK ("tenant_id" = (SELECT nullif(current_setting('app.tenant_id', true), '')::uuid));

-- Privileges ------------------------------------------------------------------------------------
GRANT SELECT, UPDATE ("name", "currency") ON "tenants" TO storefleet_app;
GRANT SELECT, INSERT, UPDATE, DELETE ON "tenant_domains" TO storefleet_app;
GRANT SELECT, INSERT, UPDATE ("name", "session_version") ON "users" TO storefleet_app;
GRANT SELECT, INSERT, UPDATE ("role"), DELETE ON "memberships" TO storefleet_app;
GRANT SELECT, INSERT, UPDATE ("name", "revoked_at", "last_used_at", "expires_at"), DELETE ON "api_tokens" TO storefleet_app;
-- The audit log is append-only for the application.
GRANT SELECT, INSERT ON "audit_logs" TO storefleet_app;

GRANT SELECT ON "tenants", "tenant_domains", "users", "memberships", "api_tokens" TO storefleet_system;
GRANT UPDATE ("last_used_at") ON "api_tokens" TO storefleet_system;
