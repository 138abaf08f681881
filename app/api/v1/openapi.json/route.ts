import { openApiDocument } from "@/server/rest/openapi";
import { publicRoute } from "@/server/rest/handler";

export const GET = publicRoute(async ({ req }) => ({
  json: openApiDocument(new URL(req.url).origin),
  headers: { "cache-control": "public, max-age=300" },
}));
