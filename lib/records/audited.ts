import { inOrg, isRecordType, RECORD_TYPE_KEYS, RECORD_TYPES, recordHref, type RecordType, type RecordTypeSpec } from "./registry";

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
  attachment: {
    path: null,
    // A file is shown on its record's page; a deleted file keeps its name, size and checksum in the event itself.
    titles: (tx, organizationId, ids) =>
      tx.attachment
        .findMany({ ...inOrg(organizationId, ids), select: { id: true, name: true, entity: true, entityId: true } })
        .then((rows) => rows.map((r) => ({ id: r.id, title: r.name, href: recordHref(r.entity, r.entityId) }))),
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
const AUDIT_ENTITY_ALIASES: Record<string, AuditedType> = { maturity_assessment: "maturity", knowledge_survey: "survey" };

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
