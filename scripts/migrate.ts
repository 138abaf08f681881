// npm run db:migrate — applies prisma/migrations to DATABASE_URL (the owner connection), or to the
// embedded development database when DATABASE_URL is not set.
import { migrate } from "../server/db/migrate";
import { devDatabase } from "./lib/dev-database";

const db = await devDatabase();
try {
  const result = await migrate(db.ownerUrl, {
    passwords: { app: process.env.APP_DB_PASSWORD ?? "storefleet_app_dev", system: process.env.SYSTEM_DB_PASSWORD ?? "storefleet_system_dev" },
    log: (line) => console.log(`[migrate] ${line}`),
  });
  console.log(`[migrate] ${result.applied.length} applied, ${result.skipped.length} already applied`);
} finally {
  await db.stop();
}
