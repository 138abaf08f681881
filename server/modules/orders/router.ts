import { createTRPCRouter, permitted } from "../../trpc";
import { listOrders } from "./list-orders";
import { loadOrder } from "./order-view";
import { cancelOrderInput, listOrdersInput, orderIdInput } from "./schemas";
import { cancelOrder, fulfilOrder, markOrderPaid } from "./transitions";

export const ordersRouter = createTRPCRouter({
  list: permitted("orders.read").input(listOrdersInput).query(({ ctx, input }) => listOrders(ctx.t, input)),
  get: permitted("orders.read").input(orderIdInput).query(({ ctx, input }) => loadOrder(ctx.t.db, input.id)),
  markPaid: permitted("orders.manage").input(orderIdInput).mutation(({ ctx, input }) => markOrderPaid(ctx.t, input.id)),
  fulfil: permitted("orders.manage").input(orderIdInput).mutation(({ ctx, input }) => fulfilOrder(ctx.t, input.id)),
  cancel: permitted("orders.manage").input(cancelOrderInput).mutation(({ ctx, input }) => cancelOrder(ctx.t, input.id, input.reason)),
});
