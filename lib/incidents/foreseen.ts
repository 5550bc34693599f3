import "server-only";
import { db, type Tx } from "../db/client";
import { TIME_ZONE } from "../dates";

/**
 * The query-level twin of `isForeseen` (rules.ts): ids of the organisation's incidents linked to a
 * risk identified on or before the Stockholm calendar day the incident occurred, not counting a risk
 * drafted from the incident itself. Timestamps are stored as UTC without zone.
 */
export async function foreseenIncidentIds(client: Tx | typeof db, organizationId: string, occurred?: { from: Date; to: Date }): Promise<string[]> {
  const rows = occurred
    ? await client.$queryRaw<{ id: string }[]>`
        SELECT DISTINCT i."id" FROM "Incident" i
        JOIN "IncidentRisk" ir ON ir."incidentId" = i."id"
        JOIN "Risk" r ON r."id" = ir."riskId"
        WHERE i."organizationId" = ${organizationId}
          AND i."occurredAt" >= ${occurred.from} AND i."occurredAt" <= ${occurred.to}
          AND r."identifiedAt" <= ((i."occurredAt" AT TIME ZONE 'UTC') AT TIME ZONE ${TIME_ZONE})::date
          AND (r."sourceType" IS DISTINCT FROM 'incident' OR r."sourceId" IS DISTINCT FROM i."id")`
    : await client.$queryRaw<{ id: string }[]>`
        SELECT DISTINCT i."id" FROM "Incident" i
        JOIN "IncidentRisk" ir ON ir."incidentId" = i."id"
        JOIN "Risk" r ON r."id" = ir."riskId"
        WHERE i."organizationId" = ${organizationId}
          AND r."identifiedAt" <= ((i."occurredAt" AT TIME ZONE 'UTC') AT TIME ZONE ${TIME_ZONE})::date
          AND (r."sourceType" IS DISTINCT FROM 'incident' OR r."sourceId" IS DISTINCT FROM i."id")`;
  return rows.map((row) => row.id);
}
