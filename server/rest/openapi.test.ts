import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import SwaggerParser from "@apidevtools/swagger-parser";
import { describe, expect, it } from "vitest";
import { openApiDocument } from "./openapi";

function routeFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? routeFiles(full) : name === "route.ts" ? [full] : [];
  });
}

describe("OpenAPI document", () => {
  it("is a valid OpenAPI 3.1 document", async () => {
    const doc = openApiDocument("http://localhost:3000");
    expect(doc.openapi).toBe("3.1.0");
    await expect(SwaggerParser.validate(structuredClone(doc) as never)).resolves.toBeTruthy();
  });

  it("documents every route handler under app/api/v1, and nothing else", () => {
    const root = path.resolve("app/api/v1");
    const handlers = routeFiles(root).flatMap((file) => {
      const route = "/api/v1/" + path.relative(root, path.dirname(file)).split(path.sep).join("/");
      const apiPath = route.replace(/\[(\w+)\]/g, "{$1}");
      const methods = [...readFileSync(file, "utf8").matchAll(/export const (GET|POST|PUT|PATCH|DELETE)\b/g)].map((m) => m[1]!.toLowerCase());
      return methods.map((m) => `${m} ${apiPath}`);
    });
    const documented = Object.entries(openApiDocument().paths).flatMap(([p, ops]) => Object.keys(ops).map((m) => `${m} ${p}`));
    expect(handlers.sort()).toEqual(documented.sort());
  });
});
