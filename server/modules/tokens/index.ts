export { listTokens } from "./list-tokens";
export { createToken } from "./create-token";
export { revokeToken } from "./revoke-token";
export { createTokenInput, revokeTokenInput } from "./schemas";
export type { CreateTokenInput, RevokeTokenInput } from "./schemas";
