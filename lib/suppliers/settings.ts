import "server-only";
import { db, type Tx } from "../db/client";
import { defineSettingsSection } from "../settings/section";
import { supplierSettingsSchema, type SupplierSettings } from "./settings-schema";

/** Follow-up intervals: read by everyone who reads suppliers, set by those who keep the register. */
export const supplierSettings = defineSettingsSection({ key: "suppliers", schema: supplierSettingsSchema, read: "suppliers.read", write: "suppliers.write" });

/** For internal use (views, reminders, indicators): no permission check. */
export const readSupplierSettings = (client: Tx | typeof db, organizationId: string): Promise<SupplierSettings> => supplierSettings.read(organizationId, client);
