import { perspectiveNames } from "../maturity/perspective-names";
import type { Localized } from "../i18n/locale";

const sv = {
  title: "Översikt",
  description: "Läget i ledningssystemet för informationssäkerhet, beräknat direkt ur registren.",
  overdueActions: "Försenade åtgärder",
  openActions: "Öppna åtgärder",
  myActions: "Mina öppna åtgärder",
  noMyActions: "Du har inga öppna åtgärder.",
  allActions: "Visa alla",
  indicators: "Indikatorer ur registren",
  indicatorsWindow: "Period",
  noIndicators: "Inga indikatorer ännu – de beräknas när registren för perspektivet finns.",
  numeratorOf: "av",
  perspectives: perspectiveNames.sv,
  days: "dagar",
  maturity: {
    title: "Mognad enligt senaste dialogen",
    none: "Ingen mognadsdialog är genomförd ännu.",
    perspective: "Perspektiv",
    level: "Nivå",
    target: "Mål",
    trend: "Utveckling",
    directions: { up: "högre", down: "lägre", flat: "oförändrad" },
  },
};

const en: typeof sv = {
  title: "Overview",
  description: "The state of the information security management system, computed directly from the registers.",
  overdueActions: "Overdue actions",
  openActions: "Open actions",
  myActions: "My open actions",
  noMyActions: "You have no open actions.",
  allActions: "Show all",
  indicators: "Indicators from the registers",
  indicatorsWindow: "Period",
  noIndicators: "No indicators yet – they are computed once the perspective's registers exist.",
  numeratorOf: "of",
  perspectives: perspectiveNames.en,
  days: "days",
  maturity: {
    title: "Maturity in the latest dialogue",
    none: "No maturity dialogue has been held yet.",
    perspective: "Perspective",
    level: "Level",
    target: "Target",
    trend: "Trend",
    directions: { up: "higher", down: "lower", flat: "unchanged" },
  },
};

export const dashboardMessages: Localized<typeof sv> = { sv, en };
