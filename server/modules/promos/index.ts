export { listPromos, createPromo, setPromoActive } from "./manage-promos";
export { createPromoInput, setPromoActiveInput } from "./schemas";
export type { CreatePromoInput } from "./schemas";
