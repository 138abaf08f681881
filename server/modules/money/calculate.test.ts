import { describe, expect, it } from "vitest";
import { calculateTotals, divRoundHalfUp } from "./calculate";
import { toMajor, toMinor } from "./format";

// [description, lines (price × qty), promo %, VAT bps, subtotal, discount, VAT, total]
const cases: Array<[string, Array<[number, number]>, number | null, number, number, number, number, number]> = [
  ["one item, no promo", [[1000, 1]], null, 2000, 1000, 0, 200, 1200],
  ["two lines, 10 % promo", [[89900, 1], [4999, 2]], 10, 2000, 99898, 9990, 17982, 107890],
  ["discount rounds half up (0.5 → 1)", [[5, 1]], 10, 0, 5, 1, 0, 4],
  ["discount rounds down below half (0.4 → 0)", [[4, 1]], 10, 0, 4, 0, 0, 4],
  ["VAT rounds half up (0.5 → 1)", [[5, 1]], null, 1000, 5, 0, 1, 6],
  ["VAT rounds down below half (0.49 → 0)", [[49, 1]], null, 100, 49, 0, 0, 49],
  ["VAT on the discounted amount, both rounded", [[999, 3]], 15, 2000, 2997, 450, 509, 3056],
  ["0 % promo changes nothing", [[2500, 4]], 0, 2000, 10000, 0, 2000, 12000],
  ["100 % promo: nothing to pay, no VAT", [[2500, 4]], 100, 2000, 10000, 10000, 0, 0],
  ["zero VAT rate", [[1234, 1]], 10, 0, 1234, 123, 0, 1111],
  ["a free item", [[0, 3]], 10, 2000, 0, 0, 0, 0],
  ["33 % of 1 cent rounds to 0", [[1, 1]], 33, 2000, 1, 0, 0, 1],
  ["50 % of 1 cent rounds to 1 (half up)", [[1, 1]], 50, 2000, 1, 1, 0, 0],
  ["large quantities stay exact", [[199999, 999]], 7, 2000, 199799001, 13985930, 37162614, 222975685],
  ["custom VAT 5.5 %", [[1999, 1]], null, 550, 1999, 0, 110, 2109],
];

describe("money rules", () => {
  it.each(cases)("%s", (_, lines, promo, vat, subtotal, discount, vatMinor, total) => {
    expect(calculateTotals(lines.map(([unitPriceMinor, quantity]) => ({ unitPriceMinor, quantity })), promo, vat)).toEqual({
      subtotalMinor: subtotal,
      discountMinor: discount,
      vatMinor,
      totalMinor: total,
    });
  });

  it("rejects impossible inputs instead of guessing", () => {
    expect(() => calculateTotals([{ unitPriceMinor: 1.5, quantity: 1 }], null, 2000)).toThrow(RangeError);
    expect(() => calculateTotals([{ unitPriceMinor: 100, quantity: 0 }], null, 2000)).toThrow(RangeError);
    expect(() => calculateTotals([{ unitPriceMinor: 100, quantity: 1 }], 101, 2000)).toThrow(RangeError);
    expect(() => calculateTotals([{ unitPriceMinor: 100, quantity: 1 }], null, -1)).toThrow(RangeError);
  });

  it("divides with half-up rounding", () => {
    expect([divRoundHalfUp(14, 10), divRoundHalfUp(15, 10), divRoundHalfUp(25, 10), divRoundHalfUp(0, 7)]).toEqual([1, 2, 3, 0]);
  });

  it("converts between minor and major units by currency", () => {
    expect(toMajor(1234, "EUR")).toBe(12.34);
    expect(toMinor(12.34, "EUR")).toBe(1234);
    expect(toMinor(0.1 + 0.2, "EUR")).toBe(30);
    expect(toMinor(12.345, "EUR")).toBeNull();
    expect(toMajor(1234, "JPY")).toBe(1234);
    expect(toMinor(12.5, "JPY")).toBeNull();
  });
});
