import { createTRPCRouter, permitted } from "../../trpc";
import { createToken } from "./create-token";
import { listTokens } from "./list-tokens";
import { revokeToken } from "./revoke-token";
import { createTokenInput, revokeTokenInput } from "./schemas";

export const tokensRouter = createTRPCRouter({
  list: permitted("tokens.read").query(({ ctx }) => listTokens(ctx.t)),
  create: permitted("tokens.manage").input(createTokenInput).mutation(({ ctx, input }) => createToken(ctx.t, input)),
  revoke: permitted("tokens.manage").input(revokeTokenInput).mutation(({ ctx, input }) => revokeToken(ctx.t, input)),
});
