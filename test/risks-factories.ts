import { randomUUID } from "node:crypto";
import type { Principal } from "../lib/authz/roles";
import { db } from "../lib/db/client";
import type { RiskCreate } from "../lib/risks/schema";
import { createRisk } from "../lib/risks/service";
import { createOrgUnit } from "./factories";

/** An asset straight in the database (the assets register is someone else's), optionally owned. */
export async function createTestAsset(organizationId: string, ownerId: string | null = null, name = `Tillgång ${randomUUID().slice(0, 6)}`) {
  const unit = await createOrgUnit(organizationId);
  return db.asset.create({ data: { organizationId, orgUnitId: unit.id, name, ownerId } });
}

/** An incident straight in the database, to serve as a risk's source. */
export async function createTestIncident(organizationId: string) {
  return db.incident.create({
    data: { organizationId, reference: `INC-${randomUUID().slice(0, 6)}`, title: "Utpressningsvirus", description: "Krypterade filer", occurredAt: new Date(), detectedAt: new Date() },
  });
}

export function riskInput(overrides: Partial<RiskCreate> = {}): RiskCreate {
  return { title: `Risk ${randomUUID().slice(0, 6)}`, likelihood: 2, consequence: 2, ...overrides };
}

export function createTestRisk(principal: Principal, overrides: Partial<RiskCreate> = {}) {
  return createRisk(principal, riskInput(overrides));
}
