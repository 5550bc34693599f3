import "server-only";
import { authorize } from "../authz/authorize";
import type { Principal } from "../authz/roles";
import { db, type Tx } from "../db/client";
import { defineSettingsSection } from "../settings/section";
import { INCIDENT_SETTINGS_SECTION, incidentSettingsSchema, type IncidentCategory, type IncidentSettings } from "./settings-schema";

/** NIS2, MSBFS 2020:8 and the category list: admin edits, ciso reads. */
export const incidentSettings = defineSettingsSection({ key: INCIDENT_SETTINGS_SECTION, schema: incidentSettingsSchema, read: "incident-settings.read", write: "settings.manage" });

/** For internal use (obligations, validation): no permission check. */
export const loadIncidentSettings = (client: Tx | typeof db, organizationId: string): Promise<IncidentSettings> => incidentSettings.read(organizationId, client);

/** The category list for the reporting form: everyone who may report reads it. */
export async function incidentCategories(principal: Principal): Promise<{ items: IncidentCategory[] }> {
  authorize(principal, "incidents.report");
  return { items: (await loadIncidentSettings(db, principal.organizationId)).categories };
}
