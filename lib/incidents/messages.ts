import type { Localized } from "../i18n/locale";
import { en, handlingEn } from "./messages.en";
import { handlingSv, sv, type IncidentHandlingMessages, type IncidentMessages } from "./messages.sv";

export type { IncidentHandlingMessages, IncidentMessages };

export const incidentMessages: Localized<IncidentMessages> = { sv, en };
export const incidentHandlingMessages: Localized<IncidentHandlingMessages> = { sv: handlingSv, en: handlingEn };
