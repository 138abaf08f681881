import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  globalIgnores([".next/**", ".tools/**", ".data/**", "node_modules/**", "server/db/generated/**", "next-env.d.ts", "test-results/**", "playwright-report/**"]),
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    // Presentational components never reach into the server.
    files: ["components/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": ["error", { patterns: [{ group: ["@/server/*", "**/server/*"], message: "components/ are props in, markup out." }] }],
    },
  },
  {
    // Modules use each other through index.ts, and never the web layer.
    files: ["server/**/*.ts"],
    ignores: ["server/**/*.test.ts"], // tests may drive route handlers end to end
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: [{ group: ["next/navigation", "next/headers", "@/app/*", "@/components/*"], message: "server/ does not depend on the web layer." }] },
      ],
    },
  },
]);
