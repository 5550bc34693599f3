import type { Principal } from "../lib/authz/roles";
import { reportIncident } from "../lib/incidents/service";
import { incidentReportSchema } from "../lib/incidents/schema";

/** The one incident factory: files a report through the service, with defaults for what a test does not care about. */
export function createTestIncident(principal: Principal, input: Record<string, unknown> = {}) {
  return reportIncident(
    principal,
    incidentReportSchema.parse({
      title: "Borttappad dator",
      description: "En bärbar dator glömdes på tåget.",
      occurredAt: "2026-01-10T08:00:00Z",
      detectedAt: "2026-01-10T09:00:00Z",
      ...input,
    }),
  );
}
