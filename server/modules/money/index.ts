export { calculateTotals, divRoundHalfUp } from "./calculate";
export type { Line, Totals } from "./calculate";
export { currencyExponent, toMajor, toMinor } from "./format";
