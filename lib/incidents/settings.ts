import "server-only";
import { authorize } from "../authz/authorize";
import type { Principal } from "../authz/roles";
import { db, type Tx } from "../db/client";
import { readSettingsSection, writeSettingsSection } from "../settings/sections";
import { INCIDENT_SETTINGS_SECTION, incidentSettingsSchema, type IncidentCategory, type IncidentSettings } from "./settings-schema";

/** For internal use (obligations, validation): no permission check. */
export function loadIncidentSettings(client: Tx | typeof db, organizationId: string): Promise<IncidentSettings> {
  return readSettingsSection(client, organizationId, INCIDENT_SETTINGS_SECTION, incidentSettingsSchema);
}

export async function getIncidentSettings(principal: Principal): Promise<IncidentSettings> {
  authorize(principal, "incident-settings.read");
  return loadIncidentSettings(db, principal.organizationId);
}

export function putIncidentSettings(principal: Principal, input: IncidentSettings): Promise<IncidentSettings> {
  return writeSettingsSection(principal, "settings.manage", INCIDENT_SETTINGS_SECTION, incidentSettingsSchema, input);
}

/** The category list for the reporting form: everyone who may report reads it. */
export async function incidentCategories(principal: Principal): Promise<{ items: IncidentCategory[] }> {
  authorize(principal, "incidents.report");
  return { items: (await loadIncidentSettings(db, principal.organizationId)).categories };
}
