import { checkout, restCheckoutBody } from "@/server/modules/checkout";
import { storeRoute } from "@/server/rest/handler";
import { uuidParam } from "@/server/rest/params";
import { problemBodyFromAppError, problemResponse } from "@/server/rest/problem";

export const POST = storeRoute({ body: restCheckoutBody }, async ({ req, store, params, body, meta }) => {
  const result = await checkout(
    store,
    { cartId: uuidParam(params.id), email: body.email, promoCode: body.promo_code },
    { idempotencyKey: req.headers.get("idempotency-key"), errorBody: (error) => problemBodyFromAppError(error, meta.requestId) },
  );
  const replayHeader: Record<string, string> = result.replayed ? { "idempotent-replayed": "true" } : {};
  if (result.status >= 400) return problemResponse(result.body as { status: number }, meta.requestId, replayHeader);
  return { status: result.status, json: result.body, headers: replayHeader };
});
