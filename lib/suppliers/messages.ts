import type { Localized } from "../i18n/locale";
import { en } from "./messages.en";
import { sv, type SupplierMessages } from "./messages.sv";

export type { SupplierMessages };

export const supplierMessages: Localized<SupplierMessages> = { sv, en };
