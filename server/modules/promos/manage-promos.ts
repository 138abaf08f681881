import type { TenantCtx } from "../../context";
import { AppError, prismaErrorCode } from "../../errors";
import { createPromoInput, type CreatePromoInput } from "./schemas";

const promoSelect = { id: true, code: true, percentOff: true, startsAt: true, endsAt: true, maxRedemptions: true, redemptions: true, active: true, createdAt: true } as const;

export function listPromos(ctx: TenantCtx) {
  return ctx.db.promoCode.findMany({ select: promoSelect, orderBy: [{ active: "desc" }, { createdAt: "desc" }] });
}

export async function createPromo(ctx: TenantCtx, rawInput: CreatePromoInput) {
  const input = createPromoInput.parse(rawInput);
  try {
    return await ctx.mutate(
      (tx) => tx.promoCode.create({ data: { ...input, tenantId: ctx.tenant.id }, select: promoSelect }),
      (p) => ({ action: "promo.create", resourceType: "promo_code", resourceId: p.id, metadata: { code: p.code, percentOff: p.percentOff, maxRedemptions: p.maxRedemptions } }),
    );
  } catch (error) {
    if (prismaErrorCode(error) === "P2002") throw new AppError("conflict", `The code ${input.code} already exists.`, { issues: [{ path: "code", message: "Already exists" }] });
    throw error;
  }
}

export async function setPromoActive(ctx: TenantCtx, id: string, active: boolean) {
  return ctx.mutate(
    async (tx) => {
      const { count } = await tx.promoCode.updateMany({ where: { id }, data: { active } });
      if (count === 0) throw new AppError("not_found", "No such promo code.");
      return tx.promoCode.findFirstOrThrow({ where: { id }, select: promoSelect });
    },
    (p) => ({ action: active ? "promo.activate" : "promo.deactivate", resourceType: "promo_code", resourceId: id, metadata: { code: p.code } }),
  );
}
