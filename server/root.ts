import { createCallerFactory, createTRPCRouter } from "./trpc";
import { auditRouter } from "./modules/audit/router";
import { membersRouter } from "./modules/members/router";
import { tenantRouter } from "./modules/tenants/router";
import { tokensRouter } from "./modules/tokens/router";
import { catalogRouter } from "./modules/catalog/router";
import { cartsRouter } from "./modules/carts/router";
import { ordersRouter } from "./modules/orders/router";
import { promosRouter } from "./modules/promos/router";

export const appRouter = createTRPCRouter({
  tenant: tenantRouter,
  members: membersRouter,
  tokens: tokensRouter,
  audit: auditRouter,
  products: catalogRouter,
  orders: ordersRouter,
  promos: promosRouter,
  carts: cartsRouter,
});

export type AppRouter = typeof appRouter;
export const createCaller = createCallerFactory(appRouter);
