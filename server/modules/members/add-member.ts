import { randomUUID } from "node:crypto";
import type { TenantCtx } from "../../context";
import { findUserIdByEmail } from "../../db/system";
import { AppError, prismaErrorCode } from "../../errors";
import type { AddMemberInput } from "./schemas";

/** Adds a person by e-mail. Someone without a Storefleet identity yet gets a password-less one (pending). */
export async function addMember(ctx: TenantCtx, input: AddMemberInput) {
  const existingId = await findUserIdByEmail(input.email);
  try {
    return await ctx.mutate(
      async (tx) => {
        let userId = existingId;
        if (!userId) {
          userId = randomUUID();
          // No RETURNING: the new identity becomes visible to this tenant only once it is a member.
          await tx.$executeRaw`INSERT INTO users (id, email, name) VALUES (${userId}::uuid, ${input.email}, ${input.name || input.email.split("@")[0]!})`;
        }
        await tx.membership.create({ data: { tenantId: ctx.tenant.id, userId, role: input.role }, select: { id: true } });
        return { userId, email: input.email, role: input.role, isPending: !existingId };
      },
      (m) => ({ action: "member.add", resourceType: "user", resourceId: m.userId, metadata: { email: input.email, role: input.role, invited: !existingId } }),
    );
  } catch (error) {
    if (prismaErrorCode(error) === "P2002") throw new AppError("already_member", `${input.email} is already a member.`);
    throw error;
  }
}
