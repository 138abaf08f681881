// Money rules, applied in this order (all amounts in integer minor units):
//   subtotal = Σ unit price × quantity
//   discount = round(subtotal × promo %)
//   VAT      = round((subtotal − discount) × VAT rate)
//   total    = subtotal − discount + VAT
// Rounding is half-up to the minor unit. Integer arithmetic only: no floating point touches money.

export interface Line {
  unitPriceMinor: number;
  quantity: number;
}

export interface Totals {
  subtotalMinor: number;
  discountMinor: number;
  vatMinor: number;
  totalMinor: number;
}

/** round(numerator / denominator), half-up, for non-negative integers. */
export function divRoundHalfUp(numerator: number, denominator: number): number {
  if (!Number.isSafeInteger(numerator) || !Number.isSafeInteger(denominator) || numerator < 0 || denominator <= 0) {
    throw new RangeError(`divRoundHalfUp: invalid operands ${numerator} / ${denominator}`);
  }
  const quotient = Math.floor(numerator / denominator);
  const remainder = numerator - quotient * denominator;
  return remainder * 2 >= denominator ? quotient + 1 : quotient;
}

export function calculateTotals(lines: Line[], promoPercent: number | null, vatRateBps: number): Totals {
  if (promoPercent !== null && (!Number.isInteger(promoPercent) || promoPercent < 0 || promoPercent > 100)) {
    throw new RangeError("promo percent must be an integer 0–100");
  }
  if (!Number.isInteger(vatRateBps) || vatRateBps < 0 || vatRateBps > 10_000) throw new RangeError("VAT rate must be 0–10000 bps");
  let subtotalMinor = 0;
  for (const line of lines) {
    if (!Number.isInteger(line.unitPriceMinor) || line.unitPriceMinor < 0 || !Number.isInteger(line.quantity) || line.quantity <= 0) {
      throw new RangeError("invalid line");
    }
    subtotalMinor += line.unitPriceMinor * line.quantity;
  }
  const discountMinor = promoPercent ? divRoundHalfUp(subtotalMinor * promoPercent, 100) : 0;
  const vatMinor = divRoundHalfUp((subtotalMinor - discountMinor) * vatRateBps, 10_000);
  return { subtotalMinor, discountMinor, vatMinor, totalMinor: subtotalMinor - discountMinor + vatMinor };
}
