import { archiveProduct, getProduct, patchProduct, priceToMinor, restProductPatch, toProductResource } from "@/server/modules/catalog";
import { AppError } from "@/server/errors";
import { tenantRoute } from "@/server/rest/handler";
import { uuidParam } from "@/server/rest/params";

export const GET = tenantRoute({ permission: "products.read" }, async ({ ctx, params }) => ({
  json: toProductResource(await getProduct(ctx.db, uuidParam(params.id))),
}));

export const PATCH = tenantRoute({ permission: "products.manage", body: restProductPatch }, async ({ ctx, params, body }) => {
  const id = uuidParam(params.id);
  let priceMinor: number | undefined;
  if (body.price !== undefined) {
    const converted = priceToMinor(body.price, ctx.tenant.currency);
    if (typeof converted !== "number") throw new AppError("validation_failed", "Invalid price.", { issues: [{ path: "price", message: converted.error }] });
    priceMinor = converted;
  }
  const { stock, stock_reason, price: _price, image_url, ...rest } = body;
  const details = { ...rest, ...(priceMinor !== undefined ? { priceMinor } : {}), ...(image_url !== undefined ? { imageUrl: image_url } : {}) };
  const product = await patchProduct(ctx, id, details, stock === undefined ? undefined : { value: stock, reason: stock_reason ?? "set via REST API" });
  return { json: toProductResource(product) };
});

// Products with orders cannot vanish from history: DELETE archives (hides from the store).
export const DELETE = tenantRoute({ permission: "products.manage" }, async ({ ctx, params }) => {
  await archiveProduct(ctx, uuidParam(params.id));
  return new Response(null, { status: 204 });
});
