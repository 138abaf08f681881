// Payment providers behind one small interface. `manual` is the provider that ships: staff mark an
// order paid from the dashboard after receiving the money (bank transfer, cash on delivery).
export interface PaymentProvider {
  id: string;
  /** Whether staff may record a payment by hand. */
  allowsManualCapture: boolean;
}

const providers: Record<string, PaymentProvider> = {
  manual: { id: "manual", allowsManualCapture: true },
};

export function paymentProvider(id: string): PaymentProvider {
  const provider = providers[id];
  if (!provider) throw new Error(`Unknown payment provider ${id}`);
  return provider;
}
