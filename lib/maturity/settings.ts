import "server-only";
import { authorize } from "../authz/authorize";
import type { Principal } from "../authz/roles";
import { db } from "../db/client";
import { readSettingsSection, writeSettingsSection } from "../settings/sections";
import { MATURITY_SECTION, maturitySettingsSchema, type MaturitySettings } from "./settings-schema";

export async function getMaturitySettings(principal: Principal): Promise<MaturitySettings> {
  authorize(principal, "maturity.read");
  return readSettingsSection(db, principal.organizationId, MATURITY_SECTION, maturitySettingsSchema);
}

export async function putMaturitySettings(principal: Principal, input: MaturitySettings): Promise<MaturitySettings> {
  return writeSettingsSection(principal, "maturity.write", MATURITY_SECTION, maturitySettingsSchema, input);
}
