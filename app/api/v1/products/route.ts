import { createProduct, listProducts, priceToMinor, restProductCreate, restProductQuery, toProductResource } from "@/server/modules/catalog";
import { AppError } from "@/server/errors";
import { tenantRoute } from "@/server/rest/handler";

export const GET = tenantRoute({ permission: "products.read", query: restProductQuery }, async ({ ctx, query }) => {
  const page = await listProducts(ctx.db, { q: query.q, category: query.category, includeArchived: query.include_archived, limit: query.limit, offset: query.offset });
  return { json: { data: page.items.map(toProductResource), total: page.total } };
});

export const POST = tenantRoute({ permission: "products.manage", body: restProductCreate }, async ({ ctx, body }) => {
  const priceMinor = priceToMinor(body.price, ctx.tenant.currency);
  if (typeof priceMinor !== "number") throw new AppError("validation_failed", "Invalid price.", { issues: [{ path: "price", message: priceMinor.error }] });
  const product = await createProduct(ctx, {
    sku: body.sku,
    name: body.name,
    description: body.description,
    category: body.category,
    priceMinor,
    stock: body.stock,
    imageUrl: body.image_url,
    active: body.active,
  });
  return { status: 201, json: toProductResource(product), headers: { location: `/api/v1/products/${product.id}` } };
});
