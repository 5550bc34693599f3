import type { z } from "zod";
import type { RouteSpec } from "../api/route";
import type { Permission } from "../authz/permissions";
import type { SettingsSection } from "./section";

type SectionBody<S extends z.ZodObject> = SettingsSection<S>["body"];
type SettingsRow<S extends z.ZodObject, B extends SectionBody<S> | undefined> = RouteSpec<undefined, undefined, B, SectionBody<S>> & { permission: Permission };

/**
 * GET and PUT of a settings section, as rows of the route table: the permissions are the
 * section's own (stated once, in defineSettingsSection), the PUT body and both answers its
 * fields with `version`.
 */
export function settingsRows<S extends z.ZodObject>(
  section: SettingsSection<S>,
  doc: { path: `/api/${string}`; tag: string; read: string; write: string },
): { read: SettingsRow<S, undefined>; write: SettingsRow<S, SectionBody<S>> } {
  const common = { path: doc.path, tag: doc.tag, response: section.body };
  return {
    read: { ...common, method: "GET", summary: doc.read, permission: section.permissions.read },
    write: { ...common, method: "PUT", summary: doc.write, permission: section.permissions.write, body: section.body },
  };
}
