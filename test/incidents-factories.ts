import { randomUUID } from "node:crypto";
import { NextRequest } from "next/server";
import type { Principal } from "../lib/authz/roles";
import { db } from "../lib/db/client";
import { reportIncident } from "../lib/incidents/service";
import { incidentReportSchema } from "../lib/incidents/schema";
import { issueToken } from "../lib/tokens/service";
import { createOrgUnit } from "./factories";

/** An asset straight in the database (the asset register's rules are not under test here). */
export async function createTestAsset(organizationId: string, options: { ownerId?: string; orgUnitId?: string; name?: string } = {}) {
  const orgUnitId = options.orgUnitId ?? (await createOrgUnit(organizationId)).id;
  return db.asset.create({
    data: { organizationId, orgUnitId, name: options.name ?? `Tillgång ${randomUUID().slice(0, 6)}`, ownerId: options.ownerId ?? null },
  });
}

/** A risk identified on a given calendar day ("YYYY-MM-DD"). */
export async function createTestRisk(organizationId: string, identifiedAt: string, options: { title?: string; sourceId?: string } = {}) {
  return db.risk.create({
    data: {
      organizationId,
      title: options.title ?? `Risk ${randomUUID().slice(0, 6)}`,
      identifiedAt: new Date(identifiedAt),
      likelihood: 2,
      consequence: 2,
      level: 4,
      ...(options.sourceId ? { sourceType: "incident", sourceId: options.sourceId } : {}),
    },
  });
}

/** Files a report through the service, with sensible defaults for what a test does not care about. */
export function fileReport(principal: Principal, input: Record<string, unknown> = {}) {
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

type Route = (request: NextRequest, context: { params: Promise<Record<string, string>> }) => Promise<Response>;

/** A personal access token for calling route handlers as `principal`. */
export async function tokenFor(principal: Principal): Promise<string> {
  return (await db.$transaction((tx) => issueToken(tx, { userId: principal.userId, organizationId: principal.organizationId, name: "test" }))).token;
}

/** Calls a route handler as the API would be called over HTTP. */
export async function callRoute(route: Route, token: string, init: { method?: string; path?: string; body?: unknown; params?: Record<string, string> } = {}) {
  const request = new NextRequest(`http://localhost${init.path ?? "/api/v1/incidents"}`, {
    method: init.method ?? "GET",
    headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
    ...(init.body !== undefined ? { body: JSON.stringify(init.body) } : {}),
  });
  const response = await route(request, { params: Promise.resolve(init.params ?? {}) });
  const type = response.headers.get("content-type") ?? "";
  return { status: response.status, headers: response.headers, json: type.includes("json") ? await response.json() : null, response };
}
