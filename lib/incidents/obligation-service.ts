import "server-only";
import { authorize } from "../authz/authorize";
import type { Principal } from "../authz/roles";
import { nextVersion, updateAudited, versionedWhere } from "../db/mutation";
import { badRequest, notFound } from "../errors";
import { z } from "../validation/zod";
import { nis2FinalReportDue } from "./obligations";
import { OBLIGATION_KINDS, type IncidentView, type ObligationReport } from "./schema";
import { incidentInclude, incidentRecord, toIncidentViews } from "./view";

const kindSchema = z.enum(OBLIGATION_KINDS);
const SKEW_MS = 5 * 60_000;

/** Records that a report was sent to the authority (IMY, CERT-SE), or withdraws it with reportedAt null. */
export async function recordObligationReport(principal: Principal, id: string, kind: string, input: ObligationReport): Promise<IncidentView> {
  const parsedKind = kindSchema.safeParse(kind);
  if (!parsedKind.success) throw badRequest("Okänd rapporteringsskyldighet.", { kind: [`Ange en av ${OBLIGATION_KINDS.join(", ")}.`] });
  const row = await updateAudited(principal, "incident", {
    version: input.version,
    action: `obligation.${parsedKind.data}`,
    load: (tx) => tx.incident.findUnique({ where: { id }, include: incidentInclude }),
    check: (before) => authorize(principal, "incidents.handle", incidentRecord(before)),
    update: async (tx, before) => {
      const obligation = before.obligations.find((o) => o.kind === parsedKind.data);
      if (!obligation) throw notFound("Skyldigheten gäller inte denna incident.");
      if (input.reportedAt && input.reportedAt.getTime() > Date.now() + SKEW_MS) {
        throw badRequest("Rapporteringstidpunkten ligger i framtiden.", { reportedAt: ["Kan inte ligga i framtiden."] });
      }
      if (input.reportedAt && input.reportedAt < before.detectedAt) {
        throw badRequest("Rapporten kan inte ha skickats innan incidenten upptäcktes.", { reportedAt: ["Måste vara efter upptäckten."] });
      }
      await tx.incident.update({ where: versionedWhere(id, input.version), data: nextVersion });
      await tx.incidentObligation.update({
        where: { id: obligation.id },
        data: { reportedAt: input.reportedAt, reference: input.reportedAt ? (input.reference ?? null) : null },
      });
      // The NIS2 final report runs from when the notification was actually made.
      const finalReport = before.obligations.find((o) => o.kind === "nis2_final_report");
      if (parsedKind.data === "nis2_notification" && finalReport) {
        await tx.incidentObligation.update({ where: { id: finalReport.id }, data: { dueAt: nis2FinalReportDue(obligation.dueAt, input.reportedAt) } });
      }
      return (await tx.incident.findUnique({ where: { id }, include: incidentInclude }))!;
    },
  });
  return (await toIncidentViews(principal, [row]))[0];
}
