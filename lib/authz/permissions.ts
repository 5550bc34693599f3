import type { Role } from "./roles";

/**
 * The one permission table. "all": every record of the organisation; "own": only records the
 * user owns (see `RecordRef.ownerIds`), and lists are narrowed to them.
 */
type Grant = "all" | "own";
type Grants = Partial<Record<Role, Grant>>;

const everyone: Grants = { admin: "all", ciso: "all", information_owner: "all", auditor: "all", management: "all", reporter: "all" };
const readers: Grants = { admin: "all", ciso: "all", information_owner: "all", auditor: "all", management: "all" };
const stewards: Grants = { admin: "all", ciso: "all" };

export const PERMISSIONS = {
  "me.read": everyone,
  "org-units.read": everyone,
  "org-units.write": stewards,
  "users.read": { admin: "all", ciso: "all", information_owner: "all", auditor: "all", management: "all" },
  "users.manage": { admin: "all" },
  "tokens.manage": everyone,
  "audit-events.read": { admin: "all", ciso: "all", auditor: "all" },
  "settings.manage": { admin: "all" },

  "actions.read": readers,
  "actions.write": { admin: "all", ciso: "all", auditor: "all", management: "all", information_owner: "own" },
  "actions.delete": stewards,

  "assets.read": readers,
  "assets.create": { admin: "all", ciso: "all", information_owner: "all" },
  "assets.write": { admin: "all", ciso: "all", information_owner: "own" },
  "assets.delete": stewards,
  "classification-model.manage": stewards,
  "security-requirements.manage": stewards,

  "risks.read": { admin: "all", ciso: "all", auditor: "all", management: "all", information_owner: "own" },
  "risks.propose": { admin: "all", ciso: "all", information_owner: "own" },
  "risks.write": stewards,
  "risks.accept": { admin: "all", ciso: "all", management: "all", information_owner: "own" },
  "risks.delete": stewards,
  "risk-analyses.read": { admin: "all", ciso: "all", auditor: "all", management: "all", information_owner: "all" },
  "risk-analyses.write": stewards,
  "risk-settings.manage": stewards,

  "incidents.report": everyone,
  "incidents.read": { admin: "all", ciso: "all", auditor: "all", management: "all", information_owner: "own", reporter: "own" },
  "incidents.handle": stewards,
  "incident-settings.read": stewards,

  "maturity.read": { admin: "all", ciso: "all", auditor: "all", management: "all" },
  "maturity.write": stewards,

  "indicators.read": { admin: "all", ciso: "all", auditor: "all", management: "all", information_owner: "all" },
} satisfies Record<string, Grants>;

export type Permission = keyof typeof PERMISSIONS;

export function grantFor(role: Role, permission: Permission): Grant | undefined {
  return (PERMISSIONS[permission] as Grants)[role];
}
