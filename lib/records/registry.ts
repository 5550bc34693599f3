import type { RecordRef } from "../authz/authorize";
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
type Search = (tx: Tx, organizationId: string, q: string | undefined, take: number) => Promise<RecordTitle[]>;

const matching = (q: string | undefined) => (q ? { contains: q, mode: "insensitive" as const } : undefined);

export interface RecordTypeSpec {
  /** How many of `ids` exist in the organisation: the only way a client-sent id is trusted. */
  count: (tx: Tx, organizationId: string, ids: string[]) => Promise<number>;
  /** What reading a record of this type takes. */
  read: Permission;
  /** The record's page is `${path}/${id}`; null when the type has no page of its own. */
  path: string | null;
  titles: Titles;
  /** What adding files to the record (and removing them) takes; a type without it takes no evidence files. */
  write?: Permission;
  /** What reading its files takes, where that is more than reading the record (an incident's handling evidence). */
  filesRead?: Permission;
  /**
   * The record as `authorize` needs it (organisation and owners), for the record-level check of
   * its files. Without it only roles with an "all" grant pass, after an existence check in the organisation.
   */
  ref?: (tx: Tx, id: string) => Promise<RecordRef | null>;
  /** Records whose title contains `q`, for the generic picker (GET /api/v1/records/options). */
  search?: Search;
}

export const inOrg = (organizationId: string, ids: string[]) => ({ where: { organizationId, id: { in: ids } } });

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
    write: "assets.write",
    // The same owners as assetRecord in lib/assets/queries.ts.
    ref: (tx, id) => tx.asset.findUnique({ where: { id }, select: { organizationId: true, ownerId: true } }).then((r) => r && { organizationId: r.organizationId, ownerIds: [r.ownerId] }),
    path: "/tillgangar",
    titles: (tx, organizationId, ids) => tx.asset.findMany({ ...inOrg(organizationId, ids), select: { id: true, name: true } }).then((rows) => rows.map((r) => ({ id: r.id, title: r.name }))),
    search: (tx, organizationId, q, take) =>
      tx.asset.findMany({ where: { organizationId, name: matching(q) }, select: { id: true, name: true }, orderBy: { name: "asc" }, take }).then((rows) => rows.map((r) => ({ id: r.id, title: r.name }))),
  },
  risk: {
    count: (tx, organizationId, ids) => tx.risk.count(inOrg(organizationId, ids)),
    read: "risks.read",
    write: "risks.write",
    // The same owners as riskRecord in lib/risks/queries.ts: the risk owner and the linked assets' owners.
    ref: (tx, id) =>
      tx.risk
        .findUnique({ where: { id }, select: { organizationId: true, ownerId: true, assets: { select: { asset: { select: { ownerId: true } } } } } })
        .then((r) => r && { organizationId: r.organizationId, ownerIds: [r.ownerId, ...r.assets.map((link) => link.asset.ownerId)] }),
    path: "/risker",
    titles: (tx, organizationId, ids) => tx.risk.findMany({ ...inOrg(organizationId, ids), select: { id: true, title: true } }),
    search: (tx, organizationId, q, take) => tx.risk.findMany({ where: { organizationId, title: matching(q) }, select: { id: true, title: true }, orderBy: { title: "asc" }, take }),
  },
  risk_analysis: {
    count: (tx, organizationId, ids) => tx.riskAnalysis.count(inOrg(organizationId, ids)),
    read: "risk-analyses.read",
    write: "risk-analyses.write",
    ref: (tx, id) => tx.riskAnalysis.findUnique({ where: { id }, select: { organizationId: true } }),
    path: "/risker/analyser",
    titles: (tx, organizationId, ids) => tx.riskAnalysis.findMany({ ...inOrg(organizationId, ids), select: { id: true, title: true } }),
    search: (tx, organizationId, q, take) => tx.riskAnalysis.findMany({ where: { organizationId, title: matching(q) }, select: { id: true, title: true }, orderBy: { title: "asc" }, take }),
  },
  incident: {
    count: (tx, organizationId, ids) => tx.incident.count(inOrg(organizationId, ids)),
    read: "incidents.read",
    filesRead: "incidents.handling.read",
    write: "incidents.handle",
    // The same owners as incidentRecord in lib/incidents/queries.ts: the reporter and the affected assets' owners.
    ref: (tx, id) =>
      tx.incident
        .findUnique({ where: { id }, select: { organizationId: true, reporterId: true, assets: { select: { asset: { select: { ownerId: true } } } } } })
        .then((r) => r && { organizationId: r.organizationId, ownerIds: [r.reporterId, ...r.assets.map((link) => link.asset.ownerId)] }),
    path: "/incidenter",
    titles: (tx, organizationId, ids) =>
      tx.incident.findMany({ ...inOrg(organizationId, ids), select: { id: true, reference: true, title: true } }).then((rows) => rows.map((r) => ({ id: r.id, title: `${r.reference} ${r.title}` }))),
    search: (tx, organizationId, q, take) =>
      tx.incident
        .findMany({ where: { organizationId, OR: q ? [{ title: matching(q) }, { reference: matching(q) }] : undefined }, select: { id: true, reference: true, title: true }, orderBy: { detectedAt: "desc" }, take })
        .then((rows) => rows.map((r) => ({ id: r.id, title: `${r.reference} ${r.title}` }))),
  },
  action: {
    count: (tx, organizationId, ids) => tx.action.count(inOrg(organizationId, ids)),
    read: "actions.read",
    write: "actions.write",
    ref: (tx, id) => tx.action.findUnique({ where: { id }, select: { organizationId: true, ownerId: true } }).then((r) => r && { organizationId: r.organizationId, ownerIds: [r.ownerId] }),
    path: "/atgarder",
    titles: (tx, organizationId, ids) => tx.action.findMany({ ...inOrg(organizationId, ids), select: { id: true, title: true } }),
    search: (tx, organizationId, q, take) => tx.action.findMany({ where: { organizationId, title: matching(q) }, select: { id: true, title: true }, orderBy: { title: "asc" }, take }),
  },
  maturity: {
    count: (tx, organizationId, ids) => tx.maturityAssessment.count(inOrg(organizationId, ids)),
    read: "maturity.read",
    write: "maturity.write",
    ref: (tx, id) => tx.maturityAssessment.findUnique({ where: { id }, select: { organizationId: true } }),
    path: "/mognad",
    titles: (tx, organizationId, ids) => tx.maturityAssessment.findMany({ ...inOrg(organizationId, ids), select: { id: true, title: true } }),
  },
  // Suppliers, contracts and follow-ups: the owners are those of the assets the contracts touch (lib/contracts/queries.ts).
  supplier: {
    count: (tx, organizationId, ids) => tx.supplier.count(inOrg(organizationId, ids)),
    read: "suppliers.read",
    write: "suppliers.write",
    ref: (tx, id) =>
      tx.supplier
        .findUnique({ where: { id }, select: { organizationId: true, contracts: { select: { assets: { select: { asset: { select: { ownerId: true } } } } } } } })
        .then((r) => r && { organizationId: r.organizationId, ownerIds: r.contracts.flatMap((c) => c.assets.map((link) => link.asset.ownerId)) }),
    path: "/leverantorer",
    titles: (tx, organizationId, ids) => tx.supplier.findMany({ ...inOrg(organizationId, ids), select: { id: true, name: true } }).then((rows) => rows.map((r) => ({ id: r.id, title: r.name }))),
  },
  contract: {
    count: (tx, organizationId, ids) => tx.contract.count(inOrg(organizationId, ids)),
    read: "suppliers.read",
    write: "suppliers.write",
    ref: (tx, id) =>
      tx.contract
        .findUnique({ where: { id }, select: { organizationId: true, assets: { select: { asset: { select: { ownerId: true } } } } } })
        .then((r) => r && { organizationId: r.organizationId, ownerIds: r.assets.map((link) => link.asset.ownerId) }),
    path: "/leverantorer/avtal",
    titles: (tx, organizationId, ids) => tx.contract.findMany({ ...inOrg(organizationId, ids), select: { id: true, title: true } }),
  },
  supplier_follow_up: {
    count: (tx, organizationId, ids) => tx.supplierFollowUp.count(inOrg(organizationId, ids)),
    read: "suppliers.read",
    write: "suppliers.write",
    ref: (tx, id) =>
      tx.supplierFollowUp
        .findUnique({ where: { id }, select: { organizationId: true, supplier: { select: { contracts: { select: { assets: { select: { asset: { select: { ownerId: true } } } } } } } } } })
        .then((r) => r && { organizationId: r.organizationId, ownerIds: r.supplier.contracts.flatMap((c) => c.assets.map((link) => link.asset.ownerId)) }),
    path: "/leverantorer/uppfoljningar",
    titles: (tx, organizationId, ids) =>
      tx.supplierFollowUp
        .findMany({ ...inOrg(organizationId, ids), select: { id: true, performedAt: true, supplier: { select: { name: true } } } })
        .then((rows) => rows.map((r) => ({ id: r.id, title: `${r.supplier.name} ${r.performedAt.toISOString().slice(0, 10)}` }))),
  },
  person: {
    count: (tx, organizationId, ids) => tx.person.count(inOrg(organizationId, ids)),
    read: "competence.read",
    write: "competence.write",
    path: "/kompetens/personer",
    titles: (tx, organizationId, ids) => tx.person.findMany({ ...inOrg(organizationId, ids), select: { id: true, name: true } }).then((rows) => rows.map((r) => ({ id: r.id, title: r.name }))),
  },
  training: {
    count: (tx, organizationId, ids) => tx.training.count(inOrg(organizationId, ids)),
    read: "competence.read",
    write: "competence.write",
    path: "/kompetens/utbildningar",
    titles: (tx, organizationId, ids) => tx.training.findMany({ ...inOrg(organizationId, ids), select: { id: true, title: true } }),
  },
  // A knowledge survey; the key is `survey` because an action's source type is (DESIGN §5).
  survey: {
    count: (tx, organizationId, ids) => tx.knowledgeSurvey.count(inOrg(organizationId, ids)),
    read: "competence.read",
    write: "competence.write",
    path: "/kompetens/kartlaggningar",
    titles: (tx, organizationId, ids) => tx.knowledgeSurvey.findMany({ ...inOrg(organizationId, ids), select: { id: true, title: true } }),
  },
  audit_programme: {
    count: (tx, organizationId, ids) => tx.auditProgramme.count(inOrg(organizationId, ids)),
    read: "audits.read",
    write: "audits.write",
    ref: (tx, id) => tx.auditProgramme.findUnique({ where: { id }, select: { organizationId: true } }),
    path: "/internrevision/program",
    titles: (tx, organizationId, ids) => tx.auditProgramme.findMany({ ...inOrg(organizationId, ids), select: { id: true, title: true } }),
  },
  audit: {
    count: (tx, organizationId, ids) => tx.audit.count(inOrg(organizationId, ids)),
    read: "audits.read",
    write: "audits.write",
    ref: (tx, id) => tx.audit.findUnique({ where: { id }, select: { organizationId: true } }),
    path: "/internrevision/revisioner",
    titles: (tx, organizationId, ids) => tx.audit.findMany({ ...inOrg(organizationId, ids), select: { id: true, title: true } }),
  },
  finding: {
    count: (tx, organizationId, ids) => tx.finding.count(inOrg(organizationId, ids)),
    read: "audits.read",
    // The responsible person adds the evidence of what was done; auditors add what they saw.
    write: "findings.respond",
    ref: (tx, id) => tx.finding.findUnique({ where: { id }, select: { organizationId: true, responsibleId: true } }).then((r) => r && { organizationId: r.organizationId, ownerIds: [r.responsibleId] }),
    path: "/internrevision/iakttagelser",
    titles: (tx, organizationId, ids) => tx.finding.findMany({ ...inOrg(organizationId, ids), select: { id: true, title: true } }),
  },
  // The follow-up questionnaire (lib/questionnaires): a set has no page of its own, a response has.
  questionnaire: {
    count: (tx, organizationId, ids) => tx.questionSet.count(inOrg(organizationId, ids)),
    read: "questionnaires.read",
    path: null,
    titles: (tx, organizationId, ids) =>
      tx.questionSet.findMany({ ...inOrg(organizationId, ids), select: { id: true, title: true } }).then((rows) => rows.map((r) => ({ ...r, href: "/mognad/uppfoljning" }))),
  },
  questionnaire_response: {
    count: (tx, organizationId, ids) => tx.questionnaireResponse.count(inOrg(organizationId, ids)),
    read: "questionnaires.read",
    write: "questionnaires.write",
    ref: (tx, id) => tx.questionnaireResponse.findUnique({ where: { id }, select: { organizationId: true } }),
    path: "/mognad/uppfoljning",
    titles: (tx, organizationId, ids) => tx.questionnaireResponse.findMany({ ...inOrg(organizationId, ids), select: { id: true, title: true } }),
  },
  // Ledningens genomgång (lib/management-reviews): the source of the actions its decisions start.
  management_review: {
    count: (tx, organizationId, ids) => tx.managementReview.count(inOrg(organizationId, ids)),
    read: "management-reviews.read",
    path: "/ledningens-genomgang",
    titles: (tx, organizationId, ids) => tx.managementReview.findMany({ ...inOrg(organizationId, ids), select: { id: true, title: true } }),
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
