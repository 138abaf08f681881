import { Money } from "../ui/money";

export interface TotalsProps {
  currency: string;
  subtotalMinor: number;
  discountMinor?: number;
  promoCode?: string | null;
  vatMinor?: number;
  vatRatePercent?: number;
  totalMinor?: number;
}

/** The order summary: subtotal, discount, VAT, total. */
export function Totals({ currency, subtotalMinor, discountMinor, promoCode, vatMinor, vatRatePercent, totalMinor }: TotalsProps) {
  return (
    <dl className="space-y-2 text-sm" data-testid="totals">
      <div className="flex justify-between">
        <dt className="text-gray-600">Subtotal</dt>
        <dd data-testid="subtotal">
          <Money minor={subtotalMinor} currency={currency} />
        </dd>
      </div>
      {discountMinor !== undefined && discountMinor > 0 && (
        <div className="flex justify-between text-green-700">
          <dt>Discount{promoCode ? ` (${promoCode})` : ""}</dt>
          <dd data-testid="discount">
            −<Money minor={discountMinor} currency={currency} />
          </dd>
        </div>
      )}
      {vatMinor !== undefined && (
        <div className="flex justify-between">
          <dt className="text-gray-600">VAT{vatRatePercent !== undefined ? ` (${vatRatePercent}%)` : ""}</dt>
          <dd data-testid="vat">
            <Money minor={vatMinor} currency={currency} />
          </dd>
        </div>
      )}
      {totalMinor !== undefined && (
        <div className="flex justify-between border-t border-gray-200 pt-2 text-base font-bold text-gray-900">
          <dt>Total</dt>
          <dd data-testid="total">
            <Money minor={totalMinor} currency={currency} />
          </dd>
        </div>
      )}
    </dl>
  );
}
