import type { Localized } from "../i18n/locale";
import type { PerspectiveKey } from "./msb-model";

/** The six perspectives' names in both languages, for every page that names them. */
export const perspectiveNames: Localized<Record<PerspectiveKey, string>> = {
  sv: {
    riskhantering: "Riskhantering",
    informationsklassning: "Informationsklassning",
    incidenthantering: "Incidenthantering",
    upphandling: "Upphandling",
    kompetens: "Kompetens",
    uppfoljning: "Uppföljning",
  },
  en: {
    riskhantering: "Risk management",
    informationsklassning: "Information classification",
    incidenthantering: "Incident management",
    upphandling: "Procurement",
    kompetens: "Competence",
    uppfoljning: "Follow-up",
  },
};
