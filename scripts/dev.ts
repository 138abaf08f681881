// npm run dev — a working Storefleet on a fresh machine: embedded PostgreSQL under .data/ (or
// DATABASE_URL), migrations, demo data when the database is empty, then `next dev` on :3000.
import { spawn } from "node:child_process";
import { migrate } from "../server/db/migrate";
import { seedDemo, DEMO_USERS, DEMO_PASSWORD } from "../prisma/seed";
import { devDatabase, embeddedDataDir } from "./lib/dev-database";

const port = Number(process.env.PORT ?? 3000);
const rootHost = process.env.ROOT_HOST ?? `localhost:${port}`;

const db = await devDatabase();
console.log(db.embedded ? `[dev] embedded PostgreSQL on 127.0.0.1:${process.env.EMBEDDED_PG_PORT ?? 54329} (data in ${embeddedDataDir()})` : "[dev] using DATABASE_URL");
await migrate(db.ownerUrl, {
  passwords: { app: process.env.APP_DB_PASSWORD ?? "storefleet_app_dev", system: process.env.SYSTEM_DB_PASSWORD ?? "storefleet_system_dev" },
  log: (line) => console.log(`[migrate] ${line}`),
});
if (process.env.NODE_ENV !== "production" || process.env.DEMO_SEED === "1") {
  await seedDemo(db.ownerUrl, (line) => console.log(`[seed] ${line}`));
}

console.log(`
  Storefleet is starting on http://localhost:${port}

  Dashboard        http://localhost:${port}/dashboard
  Storefronts      http://company-a.${rootHost}   http://company-b.${rootHost}
                   (or http://localhost:${port}/s/company-a)
  REST API docs    http://localhost:${port}/docs/api
  Demo accounts    ${DEMO_USERS.map((u) => `${u.name}@example.com`).join(", ")}
                   password ${DEMO_PASSWORD}; API tokens: ${DEMO_USERS.map((u) => u.token).join(", ")}
`);

const next = spawn("npx", ["next", "dev", "--port", String(port), ...process.argv.slice(2)], {
  stdio: "inherit",
  env: {
    ...process.env,
    DATABASE_URL: db.ownerUrl,
    APP_DATABASE_URL: db.appUrl,
    SYSTEM_DATABASE_URL: db.systemUrl,
    ROOT_HOST: rootHost,
    APP_URL: process.env.APP_URL ?? `http://localhost:${port}`,
  },
});

let stopping = false;
async function shutdown(code: number) {
  if (stopping) return;
  stopping = true;
  next.kill("SIGTERM");
  await db.stop().catch(() => {});
  process.exit(code);
}
process.on("SIGINT", () => void shutdown(0));
process.on("SIGTERM", () => void shutdown(0));
next.on("exit", (code) => void shutdown(code ?? 0));
