import type { Permission } from "../authz/permissions";
import type { Tx } from "../db/client";

/** A record's display title; `href` only where the page is not `${path}/${id}`. */
export interface RecordTitle {
  id: string;
  title: string;
  href?: string | null;
}

/** One query for the titles of `ids` in the organisation (missing ids are simply left out). */
type Titles = (tx: Tx, organizationId: string, ids: string[]) => Promise<RecordTitle[]>;

export interface RecordTypeSpec {
  /** How many of `ids` exist in the organisation: the only way a client-sent id is trusted. */
  count: (tx: Tx, organizationId: string, ids: string[]) => Promise<number>;
  /** What reading a record of this type takes. */
  read: Permission;
  /** The record's page is `${path}/${id}`; null when the type has no page of its own. */
  path: string | null;
  titles: Titles;
}

const inOrg = (organizationId: string, ids: string[]) => ({ where: { organizationId, id: { in: ids } } });

/**
 * The one registry of record types a record may point to: reference fields, an action's
 * `source`, maturity evidence. A type that is not here is refused everywhere, so a register that
 * is not built yet cannot be pointed at with ids nobody can check. Labels are in ./messages.ts.
 */
export const RECORD_TYPES = {
  org_unit: {
    count: (tx, organizationId, ids) => tx.orgUnit.count(inOrg(organizationId, ids)),
    read: "org-units.read",
    path: null,
    titles: (tx, organizationId, ids) => tx.orgUnit.findMany({ ...inOrg(organizationId, ids), select: { id: true, name: true } }).then((rows) => rows.map((r) => ({ id: r.id, title: r.name, href: "/admin/verksamheter" }))),
  },
  user: {
    count: (tx, organizationId, ids) => tx.membership.count({ where: { organizationId, userId: { in: ids } } }),
    read: "users.read",
    path: null,
    // Names only, also of people who have since left: the ids come from the organisation's own records.
    titles: (tx, _organizationId, ids) => tx.user.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } }).then((rows) => rows.map((r) => ({ id: r.id, title: r.name }))),
  },
  asset: {
    count: (tx, organizationId, ids) => tx.asset.count(inOrg(organizationId, ids)),
    read: "assets.read",
    path: "/tillgangar",
    titles: (tx, organizationId, ids) => tx.asset.findMany({ ...inOrg(organizationId, ids), select: { id: true, name: true } }).then((rows) => rows.map((r) => ({ id: r.id, title: r.name }))),
  },
  risk: {
    count: (tx, organizationId, ids) => tx.risk.count(inOrg(organizationId, ids)),
    read: "risks.read",
    path: "/risker",
    titles: (tx, organizationId, ids) => tx.risk.findMany({ ...inOrg(organizationId, ids), select: { id: true, title: true } }),
  },
  risk_analysis: {
    count: (tx, organizationId, ids) => tx.riskAnalysis.count(inOrg(organizationId, ids)),
    read: "risk-analyses.read",
    path: "/risker/analyser",
    titles: (tx, organizationId, ids) => tx.riskAnalysis.findMany({ ...inOrg(organizationId, ids), select: { id: true, title: true } }),
  },
  incident: {
    count: (tx, organizationId, ids) => tx.incident.count(inOrg(organizationId, ids)),
    read: "incidents.read",
    path: "/incidenter",
    titles: (tx, organizationId, ids) =>
      tx.incident.findMany({ ...inOrg(organizationId, ids), select: { id: true, reference: true, title: true } }).then((rows) => rows.map((r) => ({ id: r.id, title: `${r.reference} ${r.title}` }))),
  },
  action: {
    count: (tx, organizationId, ids) => tx.action.count(inOrg(organizationId, ids)),
    read: "actions.read",
    path: "/atgarder",
    titles: (tx, organizationId, ids) => tx.action.findMany({ ...inOrg(organizationId, ids), select: { id: true, title: true } }),
  },
  maturity: {
    count: (tx, organizationId, ids) => tx.maturityAssessment.count(inOrg(organizationId, ids)),
    read: "maturity.read",
    path: "/mognad",
    titles: (tx, organizationId, ids) => tx.maturityAssessment.findMany({ ...inOrg(organizationId, ids), select: { id: true, title: true } }),
  },
} satisfies Record<string, RecordTypeSpec>;

export type RecordType = keyof typeof RECORD_TYPES;
export const RECORD_TYPE_KEYS = Object.keys(RECORD_TYPES) as RecordType[];

export const isRecordType = (value: string): value is RecordType => Object.hasOwn(RECORD_TYPES, value);

/** Link to a record's page, or null (no page, or a type stored before it was refused). */
export function recordHref(type: string, id: string): string | null {
  const path = isRecordType(type) ? RECORD_TYPES[type].path : null;
  return path ? `${path}/${id}` : null;
}

/**
 * Things the audit trail names that no record points to. They are titled and linked in the change
 * log only, and can never be sent as a reference (they have no `count`).
 */
export const AUDITED_TYPES = {
  membership: {
    path: null,
    titles: (tx, organizationId, ids) =>
      tx.user.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } }).then((rows) => rows.map((r) => ({ id: r.id, title: r.name, href: "/admin/anvandare" }))),
  },
  invitation: {
    path: null,
    titles: (tx, organizationId, ids) => tx.invitation.findMany({ ...inOrg(organizationId, ids), select: { id: true, name: true } }).then((rows) => rows.map((r) => ({ id: r.id, title: r.name, href: "/admin/anvandare" }))),
  },
  organization: {
    path: null,
    titles: (tx, organizationId, ids) =>
      tx.organization.findMany({ where: { id: { in: ids.filter((id) => id === organizationId) } }, select: { id: true, name: true } }).then((rows) => rows.map((r) => ({ id: r.id, title: r.name, href: "/admin" }))),
  },
  security_requirement: {
    path: "/admin/klassning/krav",
    titles: (tx, organizationId, ids) =>
      tx.securityRequirement.findMany({ ...inOrg(organizationId, ids), select: { id: true, code: true, title: true } }).then((rows) => rows.map((r) => ({ id: r.id, title: `${r.code} ${r.title}` }))),
  },
  api_token: {
    path: null,
    titles: (tx, organizationId, ids) => tx.apiToken.findMany({ ...inOrg(organizationId, ids), select: { id: true, name: true } }).then((rows) => rows.map((r) => ({ id: r.id, title: r.name }))),
  },
  maturity_proposal: {
    path: null,
    titles: (tx, organizationId, ids) =>
      tx.maturityProposal
        .findMany({ where: { id: { in: ids }, assessment: { organizationId } }, select: { id: true, what: true, assessmentId: true } })
        .then((rows) => rows.map((r) => ({ id: r.id, title: r.what, href: `/mognad/${r.assessmentId}` }))),
  },
} satisfies Record<string, Pick<RecordTypeSpec, "path" | "titles">>;

export type AuditedType = RecordType | keyof typeof AUDITED_TYPES;
export const AUDITED_TYPE_KEYS = [...RECORD_TYPE_KEYS, ...(Object.keys(AUDITED_TYPES) as (keyof typeof AUDITED_TYPES)[])] as AuditedType[];

/** The audit trail's entity names where they differ from the record type's key. */
const AUDIT_ENTITY_ALIASES: Record<string, AuditedType> = { maturity_assessment: "maturity" };

/** The audit entity name a type is written under (the reverse of the aliases). */
export function auditEntityOf(type: AuditedType): string {
  return Object.entries(AUDIT_ENTITY_ALIASES).find(([, target]) => target === type)?.[0] ?? type;
}

/** The type behind an audit event's entity name, or null for one the registry does not know. */
export function auditedTypeOf(entity: string): AuditedType | null {
  if (Object.hasOwn(AUDIT_ENTITY_ALIASES, entity)) return AUDIT_ENTITY_ALIASES[entity];
  if (isRecordType(entity) || Object.hasOwn(AUDITED_TYPES, entity)) return entity as AuditedType;
  return null;
}

export function auditedSpec(type: AuditedType): Pick<RecordTypeSpec, "path" | "titles"> {
  return isRecordType(type) ? RECORD_TYPES[type] : AUDITED_TYPES[type as keyof typeof AUDITED_TYPES];
}
