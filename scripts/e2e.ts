// npm run test:e2e — end-to-end tests in a real Chromium against `next start`:
// fresh database (embedded, or TEST_DATABASE_URL's server), migrations, demo seed, production
// build, server on a free port, then Playwright. Everything is torn down afterwards.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { randomBytes } from "node:crypto";
import { freePort } from "./lib/embedded-postgres";
import { createThrowawayDatabase } from "./lib/throwaway-database";

function findChromium(): string | null {
  const candidates = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome", "/usr/bin/google-chrome-stable"];
  for (const c of candidates) if (c && existsSync(c)) return c;
  return null;
}

async function playwrightBrowserInstalled(): Promise<boolean> {
  try {
    const { chromium } = await import("@playwright/test");
    return existsSync(chromium.executablePath());
  } catch {
    return false;
  }
}

function run(cmd: string, args: string[], env: NodeJS.ProcessEnv): number {
  return spawnSync(cmd, args, { stdio: "inherit", env }).status ?? 1;
}

async function waitFor(url: string, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const res = await fetch(url);
      if (res.ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`${url} did not answer within ${timeoutMs} ms`);
}

const chromiumPath = findChromium();
if (!chromiumPath && !(await playwrightBrowserInstalled())) {
  console.error(
    "[e2e] No Chromium found. Install one of:\n" +
      "  - the system package:  sudo apt-get install -y chromium   (or set CHROMIUM_PATH)\n" +
      "  - Playwright's build:  npx playwright install chromium",
  );
  process.exit(1);
}

const cleanups: Array<() => Promise<void> | void> = [];
let server: ChildProcess | undefined;
let exitCode = 1;
try {
  // 1. Database.
  const db = await createThrowawayDatabase({ prefix: "storefleet-e2e", serverUrl: process.env.TEST_DATABASE_URL });
  cleanups.push(() => db.drop());

  const port = Number(process.env.E2E_PORT ?? (await freePort()));
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: "production",
    DATABASE_URL: db.ownerUrl,
    APP_DATABASE_URL: db.appUrl,
    SYSTEM_DATABASE_URL: db.systemUrl,
    AUTH_SECRET: randomBytes(32).toString("base64"),
    AUTH_TRUST_HOST: "true",
    APP_URL: `http://localhost:${port}`,
    ROOT_HOST: `localhost:${port}`,
    DEMO_MODE: "1",
    DEMO_SEED: "1",
    LOG_LEVEL: "warn",
    NEXT_TELEMETRY_DISABLED: "1",
  };

  // 2. Demo data, build, server.
  if (run("npx", ["tsx", "prisma/seed.ts"], env) !== 0) throw new Error("seed failed");
  if (!process.env.E2E_SKIP_BUILD && run("npx", ["next", "build"], env) !== 0) throw new Error("next build failed");
  server = spawn("npx", ["next", "start", "--port", String(port)], { stdio: ["ignore", "inherit", "inherit"], env, detached: true });
  cleanups.push(() => {
    if (server?.pid) {
      try {
        process.kill(-server.pid, "SIGTERM");
      } catch {
        /* already gone */
      }
    }
  });
  await waitFor(`http://localhost:${port}/api/health`, 60_000);

  // 3. Playwright.
  exitCode = run("npx", ["playwright", "test", ...process.argv.slice(2)], {
    ...process.env,
    E2E_BASE_URL: `http://localhost:${port}`,
    E2E_ROOT_HOST: `localhost:${port}`,
    CHROMIUM_PATH: chromiumPath ?? "",
  });
} catch (error) {
  console.error("[e2e]", error);
  exitCode = 1;
} finally {
  for (const cleanup of cleanups.reverse()) await Promise.resolve(cleanup()).catch(() => {});
}
process.exit(exitCode);
