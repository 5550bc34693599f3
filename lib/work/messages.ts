import type { Localized } from "../i18n/locale";
import { en } from "./messages.en";
import { sv, type WorkMessages } from "./messages.sv";

export type { WorkMessages };
export const workMessages: Localized<WorkMessages> = { sv, en };
