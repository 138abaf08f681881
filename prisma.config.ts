// Used by the Prisma CLI (generate; migrate status/deploy where its engine can be downloaded).
// Migrations are applied by scripts/migrate.ts here, which keeps _prisma_migrations compatible.
import { defineConfig } from "prisma/config";

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations", seed: "tsx prisma/seed.ts" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://localhost:5432/storefleet" },
});
