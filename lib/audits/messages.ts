import type { Localized } from "../i18n/locale";
import { en } from "./messages.en";
import { sv, type AuditMessages } from "./messages.sv";

export type { AuditMessages };

export const auditMessages: Localized<AuditMessages> = { sv, en };
