import type { Localized } from "../i18n/locale";
import { en } from "./messages.en";
import { sv, type ObjectiveMessages } from "./messages.sv";

export type { ObjectiveMessages };

export const objectiveMessages: Localized<ObjectiveMessages> = { sv, en };
