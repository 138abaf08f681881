// Display formatting of integer minor units. (Calculations live in server/modules/money.)
export function formatMoney(minor: number, currency: string, locale = "en-IE"): string {
  const format = new Intl.NumberFormat(locale, { style: "currency", currency });
  const digits = format.resolvedOptions().maximumFractionDigits ?? 2;
  return format.format(minor / 10 ** digits);
}

export function Money({ minor, currency, className }: { minor: number; currency: string; className?: string }) {
  return <span className={className}>{formatMoney(minor, currency)}</span>;
}
