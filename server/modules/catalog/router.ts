import { createTRPCRouter, permitted, storefrontProcedure } from "../../trpc";
import { adjustStock } from "./adjust-stock";
import { createProduct } from "./create-product";
import { getProduct } from "./get-product";
import { listCategories, listProducts } from "./list-products";
import { adjustStockInput, createProductInput, listProductsInput, productIdInput, updateProductInput } from "./schemas";
import { archiveProduct, updateProduct } from "./update-product";

export const catalogRouter = createTRPCRouter({
  list: permitted("products.read").input(listProductsInput).query(({ ctx, input }) => listProducts(ctx.t.db, input)),
  get: permitted("products.read").input(productIdInput).query(({ ctx, input }) => getProduct(ctx.t.db, input.id)),
  create: permitted("products.manage").input(createProductInput).mutation(({ ctx, input }) => createProduct(ctx.t, input)),
  update: permitted("products.manage").input(updateProductInput).mutation(({ ctx, input }) => updateProduct(ctx.t, input)),
  archive: permitted("products.manage").input(productIdInput).mutation(({ ctx, input }) => archiveProduct(ctx.t, input.id)),
  adjustStock: permitted("products.manage").input(adjustStockInput).mutation(({ ctx, input }) => adjustStock(ctx.t, input)),
  // Shoppers: the store from the host or x-storefleet-store.
  storeList: storefrontProcedure.input(listProductsInput).query(({ ctx, input }) => listProducts(ctx.s.db, input, "shopper")),
  storeCategories: storefrontProcedure.query(({ ctx }) => listCategories(ctx.s.db)),
  storeGet: storefrontProcedure.input(productIdInput).query(({ ctx, input }) => getProduct(ctx.s.db, input.id, "shopper")),
});
