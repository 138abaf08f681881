export { createCart } from "./create-cart";
export { setCartItem } from "./set-cart-item";
export { loadCart, CART_TTL_DAYS } from "./cart-view";
export type { CartLine, CartView } from "./cart-view";
export { cartIdInput, setCartItemInput } from "./schemas";
export type { SetCartItemInput } from "./schemas";
export { restCartItemBody, cartResource, toCartResource } from "./rest";
