import type { Localized } from "../i18n/locale";
import { en } from "./messages.en";
import { sv, type ManagementReviewMessages } from "./messages.sv";

export type { ManagementReviewMessages };

export const managementReviewMessages: Localized<ManagementReviewMessages> = { sv, en };
