// Minor units ↔ major units (REST uses decimal major units). Display formatting: components/ui/money.tsx.

const fractionDigitsCache = new Map<string, number>();

/** Digits after the decimal point for a currency (EUR 2, JPY 0, BHD 3). */
export function currencyExponent(currency: string): number {
  let digits = fractionDigitsCache.get(currency);
  if (digits === undefined) {
    digits = new Intl.NumberFormat("en", { style: "currency", currency }).resolvedOptions().maximumFractionDigits ?? 2;
    fractionDigitsCache.set(currency, digits);
  }
  return digits;
}

export function toMajor(minor: number, currency: string): number {
  return Number((minor / 10 ** currencyExponent(currency)).toFixed(currencyExponent(currency)));
}

/** A decimal amount in major units → minor units; null when it has more decimals than the currency. */
export function toMinor(major: number, currency: string): number | null {
  const exponent = currencyExponent(currency);
  const scaled = Math.round(major * 10 ** exponent);
  // Reject 12.345 EUR rather than silently rounding a price.
  if (Math.abs(scaled - major * 10 ** exponent) > 1e-6) return null;
  return scaled;
}
