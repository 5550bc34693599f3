import "server-only";
import { authorize } from "../authz/authorize";
import type { Principal } from "../authz/roles";
import { db, type Tx } from "../db/client";
import { readSettingsSection, writeSettingsSection } from "../settings/sections";
import { riskSettingsSchema, type RiskSettings, type RiskSettingsInput } from "./settings-schema";

const SECTION = "risk";

export function readRiskSettings(client: Tx | typeof db, organizationId: string): Promise<RiskSettings> {
  return readSettingsSection(client, organizationId, SECTION, riskSettingsSchema);
}

/** Everyone who reads risks needs the bands to read them. */
export async function getRiskSettings(principal: Principal): Promise<RiskSettings> {
  authorize(principal, "risks.read");
  return readRiskSettings(db, principal.organizationId);
}

/** Bands and acceptance criteria are set by those who steward the ISMS (admin, ciso). */
export function updateRiskSettings(principal: Principal, input: RiskSettingsInput): Promise<RiskSettings> {
  return writeSettingsSection(principal, "risk-settings.manage", SECTION, riskSettingsSchema, input);
}
