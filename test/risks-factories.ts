import { randomUUID } from "node:crypto";
import type { Principal } from "../lib/authz/roles";
import type { RiskCreate } from "../lib/risks/schema";
import { createRisk } from "../lib/risks/service";

export function riskInput(overrides: Partial<RiskCreate> = {}): RiskCreate {
  return { title: `Risk ${randomUUID().slice(0, 6)}`, likelihood: 2, consequence: 2, ...overrides };
}

/** The one risk factory: through the register's service as `principal` (e.g. `{ identifiedAt: new Date("2025-01-01") }`). */
export function createTestRisk(principal: Principal, overrides: Partial<RiskCreate> = {}) {
  return createRisk(principal, riskInput(overrides));
}
