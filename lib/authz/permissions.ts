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
  // Names only, for owner and handler pickers: no e-mail address, no role.
  "users.names": readers,
  "tokens.manage": everyone,
  "audit-events.read": { admin: "all", ciso: "all", auditor: "all" },
  "settings.manage": { admin: "all" },
  // What the app mailed, to whom: addresses and subjects, so only those who run the system.
  "mail-log.read": stewards,

  "actions.read": readers,
  // Management creates actions from its review decisions; an information owner from their assets' gaps.
  "actions.create": { admin: "all", ciso: "all", management: "all", information_owner: "own" },
  // The owner of an action reports on it (status, effect); ciso and admin change everything.
  // Auditors only read: changing what they audit would break their independence.
  "actions.write": { admin: "all", ciso: "all", information_owner: "own", auditor: "own", management: "own" },
  "actions.delete": stewards,

  "assets.read": readers,
  // Names only, for pickers: a reporter names what an incident affected without reading the register.
  "assets.names": everyone,
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
  // Admin only, read by everyone who reads risks: the ciso must not widen its own authority.
  "risk-acceptance-criteria.manage": { admin: "all" },

  "incidents.report": everyone,
  "incidents.read": { admin: "all", ciso: "all", auditor: "all", management: "all", information_owner: "own", reporter: "own" },
  // The handling (severity, handler, obligations, links, actions): a reporter sees only what they
  // sent and where it stands.
  "incidents.handling.read": { admin: "all", ciso: "all", auditor: "all", management: "all", information_owner: "own" },
  "incidents.handle": stewards,
  "incident-settings.read": stewards,

  "maturity.read": { admin: "all", ciso: "all", auditor: "all", management: "all" },
  "maturity.write": stewards,
  // MSB's published text (Mognadsdialogen), open to every signed-in user.
  "maturity-model.read": everyone,
  // The follow-up questionnaire (uppföljningsmodell): stewards answer, management and auditors read.
  "questionnaires.read": { admin: "all", ciso: "all", auditor: "all", management: "all" },
  "questionnaires.write": stewards,

  // Suppliers, contracts and follow-ups: an information owner reads those that touch the assets they own.
  "suppliers.read": { admin: "all", ciso: "all", auditor: "all", management: "all", information_owner: "own" },
  "suppliers.write": stewards,
  // How far a contract meets a requirement: an information owner proposes it on contracts touching their assets.
  "suppliers.requirements": { admin: "all", ciso: "all", information_owner: "own" },

  // Internal audit: auditors run audits; an information owner reads what concerns their org units,
  // a reporter only the findings they answer for (see lib/audits/queries.ts).
  "audits.read": { admin: "all", ciso: "all", auditor: "all", management: "all", information_owner: "own", reporter: "own" },
  "audits.write": { admin: "all", ciso: "all", auditor: "all" },
  "audit-programmes.approve": { admin: "all", management: "all" },
  // Whoever is responsible for a finding answers it, whatever their role; the service checks who.
  "findings.respond": { admin: "all", ciso: "all", auditor: "all", information_owner: "own", management: "own", reporter: "own" },

  // Kompetens: stewards keep the register; readers see aggregates and lists; a reporter only their own (me/trainings).
  "competence.read": readers,
  "competence.write": stewards,

  // Evidence files: open to every role here because the record a file belongs to decides (its type's
  // `read` and `write` in lib/records/registry.ts, checked with the record in lib/attachments/service.ts).
  "attachments.read": everyone,
  "attachments.write": everyone,

  "indicators.read": { admin: "all", ciso: "all", auditor: "all", management: "all", information_owner: "all" },

  // Ledningens genomgång: management, admin and ciso run the review; auditors read it.
  "management-reviews.read": { admin: "all", ciso: "all", auditor: "all", management: "all" },
  "management-reviews.write": { admin: "all", ciso: "all", management: "all" },
} satisfies Record<string, Grants>;

export type Permission = keyof typeof PERMISSIONS;

export function grantFor(role: Role, permission: Permission): Grant | undefined {
  return (PERMISSIONS[permission] as Grants)[role];
}
