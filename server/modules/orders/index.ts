export { loadOrder, toOrderResource, orderSelect } from "./order-view";
export type { OrderView } from "./order-view";
export { listOrders } from "./list-orders";
export { markOrderPaid, fulfilOrder, cancelOrder } from "./transitions";
export { getStoreOrder } from "./get-store-order";
export { listOrdersInput, orderIdInput, cancelOrderInput, orderStatusSchema } from "./schemas";
export type { ListOrdersInput } from "./schemas";
export { restOrdersQuery, orderResource, orderListResource } from "./rest";
export { listOrderResources } from "./list-order-resources";
