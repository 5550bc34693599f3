import "server-only";
import { can } from "../authz/authorize";
import type { Principal } from "../authz/roles";
import type { Prisma } from "../db/client";
import { userNames } from "../users/names";
import { isOverdueObligation, isToAssess, OBLIGATION_LABELS, obligationStatus } from "./obligations";
import { isForeseen, STATUS_MOVES } from "./rules";
import { OBLIGATION_KINDS, type IncidentStatus, type IncidentView, type ObligationKind, type PersonalDataAnswer } from "./schema";

/** What every incident read loads: links, obligations and the repeated incident's reference. */
export const incidentInclude = {
  assets: { select: { asset: { select: { id: true, name: true, ownerId: true } } } },
  risks: { select: { risk: { select: { id: true, title: true, identifiedAt: true, sourceType: true, sourceId: true } } } },
  obligations: true,
  repeatOf: { select: { id: true, reference: true } },
} satisfies Prisma.IncidentInclude;

export type IncidentRow = Prisma.IncidentGetPayload<{ include: typeof incidentInclude }>;

/** Who counts as owning an incident: the reporter and the owners of the affected assets. */
export function incidentRecord(row: { organizationId: string; reporterId: string | null; assets: { asset: { ownerId: string | null } }[] }) {
  return { organizationId: row.organizationId, ownerIds: [row.reporterId, ...row.assets.map((link) => link.asset.ownerId)] };
}

const kindOrder = (kind: string) => OBLIGATION_KINDS.indexOf(kind as ObligationKind);

export function toIncidentView(row: IncidentRow, names: Map<string, string>, showRisks: boolean, now = new Date()): IncidentView {
  const personalData = row.personalData as PersonalDataAnswer;
  const status = row.status as IncidentStatus;
  const risks = row.risks.map((link) => link.risk);
  const obligations = [...row.obligations]
    .sort((a, b) => a.dueAt.getTime() - b.dueAt.getTime() || kindOrder(a.kind) - kindOrder(b.kind))
    .map((o) => ({
      kind: o.kind as ObligationKind,
      label: OBLIGATION_LABELS[o.kind as ObligationKind] ?? o.kind,
      dueAt: o.dueAt.toISOString(),
      reportedAt: o.reportedAt?.toISOString() ?? null,
      reference: o.reference,
      status: obligationStatus(o, now),
      toAssess: isToAssess(o.kind, personalData),
    }));
  return {
    id: row.id,
    reference: row.reference,
    title: row.title,
    description: row.description,
    occurredAt: row.occurredAt.toISOString(),
    occurredApproximate: row.occurredApproximate,
    detectedAt: row.detectedAt.toISOString(),
    reportedAt: row.reportedAt.toISOString(),
    reporterId: row.reporterId,
    reporterName: row.reporterId ? (names.get(row.reporterId) ?? null) : null,
    contact: row.contact,
    categories: row.categories,
    assetIds: row.assets.map((link) => link.asset.id),
    assets: row.assets.map((link) => ({ id: link.asset.id, name: link.asset.name })).sort((a, b) => a.name.localeCompare(b.name, "sv")),
    impact: {
      confidentiality: row.impactConfidentiality,
      integrity: row.impactIntegrity,
      availability: row.impactAvailability,
      traceability: row.impactTraceability,
    },
    severity: row.severity,
    personalData,
    handlerId: row.handlerId,
    handlerName: row.handlerId ? (names.get(row.handlerId) ?? null) : null,
    status,
    nextStatuses: STATUS_MOVES[status],
    rootCause: row.rootCause,
    lessonsLearned: row.lessonsLearned,
    riskIds: showRisks ? risks.map((risk) => risk.id) : [],
    risks: showRisks ? risks.map((risk) => ({ id: risk.id, title: risk.title, identifiedAt: risk.identifiedAt.toISOString().slice(0, 10) })) : [],
    foreseen: isForeseen(row, risks),
    repeatOfId: row.repeatOfId,
    repeatOfReference: row.repeatOf?.reference ?? null,
    obligations,
    obligationOverdue: row.obligations.some((o) => isOverdueObligation(o, now)),
    closedAt: row.closedAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    version: row.version,
  };
}

/** Views for a page of rows, with reporter and handler names in one query. */
export async function toIncidentViews(principal: Principal, rows: IncidentRow[]): Promise<IncidentView[]> {
  const names = await userNames(rows.flatMap((row) => [row.reporterId, row.handlerId]));
  // Risk titles can describe weaknesses; only roles that read the risk register see them.
  const showRisks = can(principal, "risks.read");
  return rows.map((row) => toIncidentView(row, names, showRisks));
}
