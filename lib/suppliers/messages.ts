import type { Localized } from "../i18n/locale";
import { en, questionnaireEn } from "./messages.en";
import { questionnaireSv, sv, type QuestionnaireMessages, type SupplierMessages } from "./messages.sv";

export type { QuestionnaireMessages, SupplierMessages };

export const supplierMessages: Localized<SupplierMessages> = { sv, en };
export const supplierQuestionnaireMessages: Localized<QuestionnaireMessages> = { sv: questionnaireSv, en: questionnaireEn };
