export { calculateTotals, divRoundHalfUp } from "./calculate";
export type { Line, Totals } from "./calculate";
export { currencyExponent, formatMoney, toMajor, toMinor } from "./format";
