// Promo codes at checkout. Redemption is one conditional UPDATE: the row lock it takes is held until
// the checkout commits or rolls back, so max_redemptions holds under any concurrency.
import type { ScopedClient, TxClient } from "../../db/client";
import { AppError } from "../../errors";

function invalid(reason: string): AppError {
  return new AppError("invalid_promo_code", reason, { issues: [{ path: "promoCode", message: reason }] });
}

async function explain(db: ScopedClient | TxClient, code: string): Promise<AppError> {
  const promo = await db.promoCode.findFirst({ where: { code }, select: { active: true, startsAt: true, endsAt: true, maxRedemptions: true, redemptions: true } });
  const now = new Date();
  if (!promo || !promo.active) return invalid(`The code ${code} does not exist.`);
  if (promo.startsAt && promo.startsAt > now) return invalid(`The code ${code} is not valid yet.`);
  if (promo.endsAt && promo.endsAt <= now) return invalid(`The code ${code} has expired.`);
  if (promo.maxRedemptions !== null && promo.redemptions >= promo.maxRedemptions) return invalid(`The code ${code} has been used up.`);
  return invalid(`The code ${code} cannot be used.`);
}

/** The percent off a code gives now, without redeeming it (checkout preview). */
export async function previewPromo(db: ScopedClient, code: string): Promise<number> {
  const promo = await db.promoCode.findFirst({
    where: {
      code,
      active: true,
      AND: [{ OR: [{ startsAt: null }, { startsAt: { lte: new Date() } }] }, { OR: [{ endsAt: null }, { endsAt: { gt: new Date() } }] }],
    },
    select: { percentOff: true, maxRedemptions: true, redemptions: true },
  });
  if (!promo || (promo.maxRedemptions !== null && promo.redemptions >= promo.maxRedemptions)) throw await explain(db, code);
  return promo.percentOff;
}

export async function redeemPromo(tx: TxClient, code: string): Promise<number> {
  const rows = await tx.$queryRaw<Array<{ percent_off: number }>>`
    UPDATE promo_codes SET redemptions = redemptions + 1
    WHERE code = ${code} AND active
      AND (starts_at IS NULL OR starts_at <= now()) AND (ends_at IS NULL OR ends_at > now())
      AND (max_redemptions IS NULL OR redemptions < max_redemptions)
    RETURNING percent_off`;
  if (rows.length === 0) throw await explain(tx, code);
  return rows[0]!.percent_off;
}
