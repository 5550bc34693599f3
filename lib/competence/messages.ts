import type { Localized } from "../i18n/locale";
import { en } from "./messages.en";
import { sv, type CompetenceMessages } from "./messages.sv";

export type { CompetenceMessages };

export const competenceMessages: Localized<CompetenceMessages> = { sv, en };
