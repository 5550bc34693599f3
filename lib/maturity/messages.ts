import type { Localized } from "../i18n/locale";
import { en } from "./messages.en";
import { sv, type MaturityMessages } from "./messages.sv";

export type { MaturityMessages };

export const maturityMessages: Localized<MaturityMessages> = { sv, en };
