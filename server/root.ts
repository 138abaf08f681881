import { createCallerFactory, createTRPCRouter } from "./trpc";
import { auditRouter } from "./modules/audit/router";
import { membersRouter } from "./modules/members/router";
import { tenantRouter } from "./modules/tenants/router";
import { tokensRouter } from "./modules/tokens/router";

export const appRouter = createTRPCRouter({
  tenant: tenantRouter,
  members: membersRouter,
  tokens: tokensRouter,
  audit: auditRouter,
});

export type AppRouter = typeof appRouter;
export const createCaller = createCallerFactory(appRouter);
