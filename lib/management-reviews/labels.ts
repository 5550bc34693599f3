import { actionMessages } from "../actions/messages";
import type { Locale } from "../i18n/locale";

/** An action's status in the reader's language (the actions register's own words). */
export const actionStatusLabel = (locale: Locale, status: string) => (actionMessages[locale].status as Record<string, string>)[status] ?? status;
