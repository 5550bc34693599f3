import type { Localized } from "../i18n/locale";
import type { AuditedType, RecordType } from "./registry";

/** A record type's name, wherever a record points to another (action source, evidence). */
export const recordTypeLabels: Localized<Record<RecordType, string>> = {
  sv: {
    org_unit: "Verksamhet",
    user: "Användare",
    asset: "Informationstillgång",
    risk: "Risk",
    risk_analysis: "Riskanalys",
    incident: "Incident",
    action: "Åtgärd",
    maturity: "Mognadsdialog",
  },
  en: {
    org_unit: "Organisational unit",
    user: "User",
    asset: "Information asset",
    risk: "Risk",
    risk_analysis: "Risk analysis",
    incident: "Incident",
    action: "Action",
    maturity: "Maturity dialogue",
  },
};

/** Every type the change log names: the record types and what only the audit trail mentions. */
export const auditedTypeLabels: Localized<Record<AuditedType, string>> = {
  sv: {
    ...recordTypeLabels.sv,
    user: "Användarkonto",
    membership: "Medlemskap och roll",
    invitation: "Inbjudan",
    organization: "Organisationens inställningar",
    security_requirement: "Skyddskrav",
    api_token: "API-nyckel",
    maturity_proposal: "Förslag från mognadsdialog",
  },
  en: {
    ...recordTypeLabels.en,
    user: "User account",
    membership: "Membership and role",
    invitation: "Invitation",
    organization: "Organisation settings",
    security_requirement: "Security requirement",
    api_token: "API key",
    maturity_proposal: "Maturity dialogue proposal",
  },
};
