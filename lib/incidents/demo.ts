import { daysAgo, type DemoContext } from "../demo/context";
import { stockholmYear } from "../dates";
import { DEMO_INCIDENTS, type DemoIncident } from "./demo-data";
import { nextSequenceValue } from "./obligation-sync";
import { nis2FinalReportDue, requiredObligations } from "./obligations";
import { incidentReference } from "./rules";
import { incidentSettings } from "./settings";

const HOUR = 3_600_000;

/** The obligation rows of a demo incident, with the reports the demo says were made. */
function obligationRows(incident: DemoIncident, detectedAt: Date, settings: { nis2Covered: boolean; msbfsAgency: boolean }) {
  const reportedAt = (kind: string) => {
    const report = incident.reports?.[kind as keyof NonNullable<DemoIncident["reports"]>];
    return report ? { reportedAt: new Date(detectedAt.getTime() + report[0] * HOUR), reference: report[1] } : { reportedAt: null, reference: null };
  };
  const required = requiredObligations(settings, { detectedAt, personalData: incident.personalData, severity: incident.severity });
  const notification = required.find((o) => o.kind === "nis2_notification");
  return required.map((o) => ({
    kind: o.kind,
    dueAt: o.kind === "nis2_final_report" && notification ? nis2FinalReportDue(notification.dueAt, reportedAt("nis2_notification").reportedAt) : o.dueAt,
    ...reportedAt(o.kind),
  }));
}

/**
 * A year of incidents: every CERT-SE category, reported by staff and handlers, most linked to the
 * risks demo (some identified before the incident, so foreseen, some only after), repeats, one
 * personal-data breach reported to IMY on time, and closed incidents with root causes and
 * corrective actions. The demo municipality is covered by the cybersäkerhetslag (kommuner are),
 * so serious incidents carry NIS2 deadlines. Runs after the assets and risks seeds.
 */
export async function seedIncidentsDemo(ctx: DemoContext): Promise<void> {
  const { tx, organizationId, now, users } = ctx;
  const { categories, msbfsAgency } = await incidentSettings.read(organizationId, tx);
  const settings = await incidentSettings.seed(tx, organizationId, { categories, msbfsAgency, nis2Covered: true });

  const assets = await tx.asset.findMany({ where: { organizationId }, select: { id: true, name: true } });
  const risks = await tx.risk.findMany({ where: { organizationId }, select: { id: true, title: true } });
  const idsOf = (rows: { id: string; name?: string; title?: string }[], names: string[] = []) =>
    names.map((name) => rows.find((row) => (row.name ?? row.title) === name)?.id).filter((id): id is string => !!id);

  const created = new Map<string, string>();
  for (const [index, incident] of DEMO_INCIDENTS.entries()) {
    // A few hours into the working day, varied so the list does not look generated.
    const occurredAt = new Date(daysAgo(now, incident.occurredDaysAgo).getTime() - ((index * 5) % 9) * HOUR);
    const detectedAt = new Date(occurredAt.getTime() + incident.detectedAfterHours * HOUR);
    const reportedAt = new Date(detectedAt.getTime() + 25 * 60_000);
    const year = stockholmYear(reportedAt);
    const reference = incidentReference(year, await nextSequenceValue(tx, organizationId, `incident-${year}`));
    const handled = incident.status !== "reported";
    const row = await tx.incident.create({
      data: {
        organizationId,
        reference,
        title: incident.title,
        description: incident.description,
        occurredAt,
        occurredApproximate: incident.detectedAfterHours >= 24,
        detectedAt,
        reportedAt,
        reporterId: users[incident.reporter],
        categories: incident.categories,
        impactConfidentiality: incident.impact?.includes("confidentiality") ?? false,
        impactIntegrity: incident.impact?.includes("integrity") ?? false,
        impactAvailability: incident.impact?.includes("availability") ?? false,
        impactTraceability: incident.impact?.includes("traceability") ?? false,
        severity: incident.severity,
        personalData: incident.personalData,
        handlerId: handled ? users.ciso : null,
        status: incident.status,
        rootCause: incident.rootCause ?? null,
        lessonsLearned: incident.lessonsLearned ?? null,
        repeatOfId: incident.repeatOf ? (created.get(incident.repeatOf) ?? null) : null,
        closedAt: incident.closedAfterDays !== undefined ? new Date(reportedAt.getTime() + incident.closedAfterDays * 24 * HOUR) : null,
        createdAt: reportedAt,
        assets: { create: idsOf(assets, incident.assets).map((assetId) => ({ assetId })) },
        risks: { create: idsOf(risks, incident.risks).map((riskId) => ({ riskId })) },
        obligations: { create: obligationRows(incident, detectedAt, settings) },
      },
    });
    created.set(incident.key, row.id);
    for (const action of incident.actions ?? []) {
      const dueAt = new Date(reportedAt.getTime() + action.dueAfterDays * 24 * HOUR);
      await tx.action.create({
        data: {
          organizationId,
          title: action.title,
          ownerId: users.ciso,
          dueAt,
          status: action.status,
          completedAt: action.status === "done" ? new Date(dueAt.getTime() - 2 * 24 * HOUR) : null,
          sourceType: "incident",
          sourceId: row.id,
          createdById: users.ciso,
          createdAt: reportedAt,
        },
      });
    }
  }
}
