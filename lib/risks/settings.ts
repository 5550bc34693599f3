import "server-only";
import { db, type Tx } from "../db/client";
import { defineSettingsSection } from "../settings/section";
import { riskSettingsSchema, type RiskSettings } from "./settings-schema";

/**
 * Bands, acceptance criteria and the confirmation rule: read by everyone who reads risks, set by
 * admin alone (separation of duties: the ciso must not widen its own authority).
 */
export const riskSettings = defineSettingsSection({ key: "risk", schema: riskSettingsSchema, read: "risks.read", write: "risk-acceptance-criteria.manage" });

/** For internal use (views, rules): no permission check. */
export const readRiskSettings = (client: Tx | typeof db, organizationId: string): Promise<RiskSettings> => riskSettings.read(organizationId, client);
