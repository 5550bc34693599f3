import "server-only";
import type { Principal } from "../authz/roles";
import { db, type Prisma } from "../db/client";
import { exportStreamResponse } from "../export/stream";
import type { ExportColumn, ExportFormat } from "../export/table";
import { incidentMessages } from "./messages";
import { incidentInclude, incidentWhere, toIncidentViews } from "./queries";
import type { IncidentFilter, IncidentView } from "./schema";
import { loadIncidentSettings } from "./settings";

/** Rows read per query: small enough to keep memory flat, large enough that round trips don't dominate. */
const BATCH = 2_000;
const PERSONAL_DATA = { yes: "ja", no: "nej", unknown: "vet ej" } as const;

export async function exportIncidents(principal: Principal, format: ExportFormat, filter: IncidentFilter): Promise<Response> {
  const where = await incidentWhere(principal, filter);
  const settings = await loadIncidentSettings(db, principal.organizationId);
  const label = new Map(settings.categories.map((c) => [c.code, c.label]));
  const columns: ExportColumn<IncidentView>[] = [
    { header: "Referens", value: (i) => i.reference, width: 16 },
    { header: "Rubrik", value: (i) => i.title, width: 40 },
    { header: "Status", value: (i) => incidentMessages.sv.status[i.status] },
    { header: "Allvarlighetsgrad", value: (i) => i.severity },
    { header: "Inträffade", kind: "datetime", value: (i) => i.occurredAt, width: 20 },
    { header: "Ungefärlig tidpunkt", value: (i) => i.occurredApproximate },
    { header: "Upptäcktes", kind: "datetime", value: (i) => i.detectedAt, width: 20 },
    { header: "Rapporterades", kind: "datetime", value: (i) => i.reportedAt, width: 20 },
    { header: "Rapportör", value: (i) => i.reporterName },
    { header: "Handläggare", value: (i) => i.handlerName },
    { header: "Kategorier", value: (i) => i.categories.map((code) => label.get(code) ?? code).join(", "), width: 40 },
    { header: "Tillgångar", value: (i) => i.assets.map((a) => a.name).join(", "), width: 40 },
    { header: "Personuppgifter", value: (i) => PERSONAL_DATA[i.personalData] },
    { header: "Förutsedd i riskanalys", value: (i) => i.foreseen },
    { header: "Upprepning av", value: (i) => i.repeatOfReference },
    { header: "Försenad rapportering", value: (i) => i.obligationOverdue },
    { header: "Grundorsak", value: (i) => i.rootCause, width: 40 },
    { header: "Lärdomar", value: (i) => i.lessonsLearned, width: 40 },
    { header: "Avslutad", kind: "datetime", value: (i) => i.closedAt, width: 20 },
  ];
  return exportStreamResponse(format, "incidenter", columns, incidentBatches(principal, where));
}

/** Newest first, a batch at a time, each batch continuing after the last row of the one before (keyset). */
async function* incidentBatches(principal: Principal, where: Prisma.IncidentWhereInput): AsyncGenerator<IncidentView[]> {
  let after: { occurredAt: Date; id: string } | null = null;
  for (;;) {
    const page: Prisma.IncidentWhereInput = after
      ? { AND: [where, { OR: [{ occurredAt: { lt: after.occurredAt } }, { occurredAt: after.occurredAt, id: { gt: after.id } }] }] }
      : where;
    const rows = await db.incident.findMany({ where: page, include: incidentInclude, orderBy: [{ occurredAt: "desc" }, { id: "asc" }], take: BATCH });
    if (rows.length) yield await toIncidentViews(rows, principal);
    if (rows.length < BATCH) return;
    const last = rows[rows.length - 1];
    after = { occurredAt: last.occurredAt, id: last.id };
  }
}
