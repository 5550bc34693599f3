import { actionMessages } from "../actions/messages";
import { adminMessages } from "../admin/messages";
import { assetMessages } from "../assets/messages";
import { coreMessages } from "../i18n/messages";
import type { Locale } from "../i18n/locale";
import { incidentHandlingMessages, incidentMessages } from "../incidents/messages";
import { maturityMessages } from "../maturity/messages";
import type { AuditedType } from "../records/audited";
import { riskMessages } from "../risks/messages";
import { auditMessages } from "./messages";

/** How the change log names a type's fields and words its coded values. */
export interface FieldSpec {
  labels: Record<string, string>;
  values: Record<string, Record<string, string>>;
}

// Columns never shown as a change: identity, bookkeeping and secrets.
export const HIDDEN_FIELDS = new Set(["id", "organizationId", "version", "createdAt", "updatedAt", "passwordHash", "tokenHash", "sessionVersion", "sourceType", "assessmentId", "position"]);

/** A field that holds another record's id, and that record's type. */
const REFERENCES: Record<string, AuditedType> = {
  orgUnitId: "org_unit",
  parentId: "org_unit",
  analysisId: "risk_analysis",
  repeatOfId: "incident",
  requirementId: "security_requirement",
  assetId: "asset",
  heldId: "asset",
  holdsIds: "asset",
  assetIds: "asset",
  riskId: "risk",
  riskIds: "risk",
  actionId: "action",
  incidentId: "incident",
  invitationId: "invitation",
  userId: "user",
};

/** The type a field points to; every person field (`ownerId`, `handlerId`, `…ById`) is a user. */
export function referenceType(field: string): AuditedType | null {
  if (Object.hasOwn(REFERENCES, field)) return REFERENCES[field];
  if (/(owner|handler|reporter|By)Ids?$/.test(field)) return "user";
  return null;
}

/** Only the plain strings of a message group (some entries are functions). */
const strings = (group: object): Record<string, string> =>
  Object.fromEntries(Object.entries(group).filter((entry): entry is [string, string] => typeof entry[1] === "string"));

/** The fields of every audited type in one language, from the registers' own messages. */
export function fieldSpecs(locale: Locale): Partial<Record<AuditedType, FieldSpec>> {
  const [assets, risks, incidents, handling, maturity, actions, admin, core] = [assetMessages, riskMessages, incidentMessages, incidentHandlingMessages, maturityMessages, actionMessages, adminMessages, coreMessages].map(
    (messages) => messages[locale],
  ) as [typeof assetMessages.sv, typeof riskMessages.sv, typeof incidentMessages.sv, typeof incidentHandlingMessages.sv, typeof maturityMessages.sv, typeof actionMessages.sv, typeof adminMessages.sv, typeof coreMessages.sv];
  const requirement = { code: assets.requirement.code, title: assets.requirement.title, category: assets.requirement.category, aspect: assets.requirement.aspect, minLevel: assets.requirement.minLevel, note: assets.requirement.note };
  return {
    action: { labels: strings(actions.fields), values: { status: actions.status } },
    asset: {
      labels: { ...strings(assets.fields), ...assets.aspects, ...requirement, status: assets.requirement.status, requirement: assets.requirement.title },
      values: { kind: assets.kinds, status: assets.statuses },
    },
    security_requirement: { labels: requirement, values: { category: assets.categories, aspect: assets.aspects } },
    risk: {
      labels: {
        ...strings(risks.fields),
        acceptanceMotivation: risks.acceptance.motivation,
        acceptanceDecidedBy: risks.acceptance.decidedBy,
        acceptanceDecidedAt: risks.acceptance.decidedAt,
        acceptanceRecordedBy: risks.acceptance.recordedBy,
        acceptanceConfirmedAt: risks.acceptance.confirmedAt,
        decisionMotivation: risks.acceptance.decisionMotivation,
      },
      values: { status: risks.statuses, treatment: risks.treatments },
    },
    risk_analysis: { labels: strings(risks.analyses.fields), values: { status: risks.analyses.statuses } },
    incident: {
      labels: {
        ...strings(incidents.fields),
        description: handling.description,
        contact: handling.contact,
        categories: handling.categories,
        personalData: handling.personalData,
        handler: handling.handler,
        closedAt: handling.closedAt,
      },
      values: { status: incidents.status, severity: incidents.severity, personalData: incidents.personalData, kind: incidents.obligationKind },
    },
    maturity: { labels: strings(maturity.fields), values: { status: maturity.status, perspective: maturity.perspectives, horizon: maturity.horizon } },
    maturity_proposal: { labels: {}, values: { horizon: maturity.horizon, perspective: maturity.perspectives } },
    org_unit: { labels: { name: admin.orgUnits.name, code: admin.orgUnits.code, description: admin.orgUnits.description, parent: admin.orgUnits.parent }, values: {} },
    membership: { labels: { role: admin.users.role }, values: { role: core.roles } },
    invitation: { labels: { role: admin.users.role }, values: { role: core.roles } },
    api_token: { labels: { name: admin.tokens.name }, values: {} },
  };
}

/** "rootCause" → "Root cause": the last resort for a field no register names. */
export function humanise(key: string): string {
  const words = key
    .replace(/Ids?$/, "")
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .replace(/[_.]+/g, " ")
    .trim()
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** A field's label: the register's word, then the change log's own, then the humanised key. */
export function fieldLabel(spec: FieldSpec | undefined, locale: Locale, field: string): string {
  const base = field.replace(/Ids?$/, "");
  const own = auditMessages[locale].fields;
  return spec?.labels[field] ?? spec?.labels[base] ?? own[field] ?? own[base] ?? humanise(field);
}
