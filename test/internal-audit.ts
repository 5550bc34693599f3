import type { Principal } from "../lib/authz/roles";
import { createAudit } from "../lib/audits/service";
import { createProgramme } from "../lib/audit-programmes/service";

/** An audit programme for this year and one planned audit in it, made through the services. */
export async function createPlannedAudit(principal: Principal, overrides: { plannedMonth?: string; orgUnitIds?: string[]; title?: string } = {}) {
  const year = new Date().getUTCFullYear();
  const programme = await createProgramme(principal, { title: `Revisionsprogram ${year}`, periodFrom: new Date(`${year}-01-01`), periodTo: new Date(`${year}-12-31`), ownerId: principal.userId });
  const audit = await createAudit(principal, {
    programmeId: programme.id,
    title: overrides.title ?? "Behörighetshantering",
    plannedMonth: overrides.plannedMonth ?? `${year}-03`,
    orgUnitIds: overrides.orgUnitIds ?? [],
    criteriaRefs: ["ISO/IEC 27001:2022 A.5.15"],
    auditorIds: [],
    auditees: [],
    interviews: [],
    leadAuditorId: principal.userId,
  });
  return { programme, audit };
}
