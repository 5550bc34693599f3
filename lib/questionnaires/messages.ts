import type { Localized } from "../i18n/locale";
import { en } from "./messages.en";
import { sv, type QuestionnaireMessages } from "./messages.sv";

export type { QuestionnaireMessages };

export const questionnaireMessages: Localized<QuestionnaireMessages> = { sv, en };
