import type { Localized } from "../i18n/locale";
import type { AuditedType } from "./audited";
import type { RecordType } from "./registry";

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
    supplier: "Leverantör",
    contract: "Avtal",
    supplier_follow_up: "Leverantörsuppföljning",
    person: "Person",
    training: "Utbildning",
    survey: "Kunskapskartläggning",
    audit_programme: "Revisionsprogram",
    audit: "Internrevision",
    finding: "Revisionsiakttagelse",
    questionnaire: "Frågeuppsättning (uppföljningsmodell)",
    questionnaire_response: "Uppföljningsmätning",
    management_review: "Ledningens genomgång",
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
    supplier: "Supplier",
    contract: "Contract",
    supplier_follow_up: "Supplier follow-up",
    person: "Person",
    training: "Training",
    survey: "Knowledge survey",
    audit_programme: "Audit programme",
    audit: "Internal audit",
    finding: "Audit finding",
    questionnaire: "Question set (follow-up model)",
    questionnaire_response: "Follow-up measurement",
    management_review: "Management review",
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
    attachment: "Bevisfil",
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
    attachment: "Evidence file",
  },
};
