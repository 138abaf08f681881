import { createTRPCRouter, permitted } from "../../trpc";
import { createPromo, listPromos, setPromoActive } from "./manage-promos";
import { createPromoInput, setPromoActiveInput } from "./schemas";

export const promosRouter = createTRPCRouter({
  list: permitted("promos.read").query(({ ctx }) => listPromos(ctx.t)),
  create: permitted("promos.manage").input(createPromoInput).mutation(({ ctx, input }) => createPromo(ctx.t, input)),
  setActive: permitted("promos.manage").input(setPromoActiveInput).mutation(({ ctx, input }) => setPromoActive(ctx.t, input.id, input.active)),
});
