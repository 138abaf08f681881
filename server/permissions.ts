// Who may do what: action → roles. The one table both transports check (tRPC requirePermission,
// REST wrapper) and the UI reads to hide what a role cannot use. Unknown actions are denied.
import type { Role } from "./db/generated/enums";

export const ROLES = ["admin", "analyst", "user", "guest"] as const satisfies readonly Role[];

const everyone = ROLES;
const staff = ["admin", "analyst", "user"] as const;

export const permissions = {
  "tenant.read": everyone,
  "sessions.revoke_own": everyone,
  "members.read": ["admin"],
  "members.manage": ["admin"],
  "tokens.read": ["admin"],
  "tokens.manage": ["admin"],
  "audit.read": ["admin"],
  "products.read": staff,
  "products.manage": ["admin"],
  "orders.read": staff,
  "orders.manage": ["admin", "user"],
  "promos.read": ["admin"],
  "promos.manage": ["admin"],
} as const satisfies Record<string, readonly Role[]>;

export type Action = keyof typeof permissions;

export function can(role: Role, action: Action): boolean {
  return (permissions[action] as readonly Role[]).includes(role);
}
