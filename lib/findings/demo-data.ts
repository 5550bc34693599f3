import type { PerspectiveKey } from "../maturity/msb-model";
import type { DemoContext } from "../demo/context";
import type { FindingStatus, FindingType } from "./schema";

type UserKey = keyof DemoContext["users"];

export interface DemoAudit {
  title: string;
  perspective: PerspectiveKey;
  area: string;
  unit: string;
  /** Months from now: negative in the past. */
  monthOffset: number;
  status: "planned" | "prepared" | "performed" | "reported" | "postponed";
  reason?: string;
  criteria: string[];
  questions?: [string, string][];
  report?: { daysAgo: number; summary: string; conclusion: "conforming" | "largely_conforming" | "not_conforming"; motivation: string };
  findings?: DemoFinding[];
}

export interface DemoFinding {
  type: FindingType;
  title: string;
  criterion: string;
  description: string;
  responsible: UserKey;
  /** Days from now; negative = passed. */
  dueInDays: number;
  status: FindingStatus;
  rootCause?: string;
  actionPlan?: string;
  acceptedDaysAgo?: number;
  verified?: boolean;
  escalate?: boolean;
  action?: { title: string; dueInDays: number; done?: boolean };
}

export const DEMO_AUDITS: DemoAudit[] = [
  {
    title: "Riskhantering i verksamhetssystem",
    perspective: "riskhantering",
    area: "Riskanalyser för verksamhetssystem inom socialtjänsten",
    unit: "Socialförvaltningen",
    monthOffset: -4,
    status: "reported",
    criteria: ["ISO/IEC 27001:2022 6.1.2", "MSBFS 2020:6 6 §"],
    questions: [
      ["Finns en dokumenterad metod för riskanalys?", "ISO/IEC 27001:2022 6.1.2"],
      ["Görs riskanalys före förändringar i verksamhetssystem?", "MSBFS 2020:6 6 §"],
      ["Följs riskåtgärder upp?", "ISO/IEC 27001:2022 6.1.3"],
    ],
    report: { daysAgo: 100, summary: "Metoden för riskanalys är väl förankrad men analyser före förändringar görs inte konsekvent.", conclusion: "largely_conforming", motivation: "Två avvikelser, i övrigt god efterlevnad." },
    findings: [
      { type: "major_nonconformity", title: "Riskanalys saknas före systemförändring", criterion: "MSBFS 2020:6 6 §", description: "Två förändringar i journalsystemet infördes utan riskanalys.", responsible: "informationOwner", dueInDays: -70, status: "implemented", rootCause: "Förändringsrutinen hänvisar inte till riskanalysen.", actionPlan: "Lägg in riskanalys som obligatoriskt steg i förändringsrutinen.", acceptedDaysAgo: 75, action: { title: "Uppdatera förändringsrutinen med krav på riskanalys", dueInDays: -20, done: true } },
      { type: "minor_nonconformity", title: "Riskåtgärder saknar ansvarig", criterion: "ISO/IEC 27001:2022 6.1.3", description: "Fyra av tolv åtgärder hade ingen ansvarig.", responsible: "informationOwner", dueInDays: -70, status: "closed", rootCause: "Mallen saknade fält för ansvarig.", actionPlan: "Ny mall med obligatorisk ansvarig.", acceptedDaysAgo: 80, verified: true, action: { title: "Inför ny mall för riskåtgärder", dueInDays: -50, done: true } },
      { type: "minor_nonconformity", title: "Klassning av nya system dröjer", criterion: "MSBFS 2020:6 7 §", description: "Tre nya e-tjänster saknade klassning vid driftsättning.", responsible: "informationOwner2", dueInDays: -40, status: "open", escalate: true },
      { type: "positive", title: "Riskanalyserna har bred medverkan", criterion: "ISO/IEC 27001:2022 6.1.2", description: "Verksamhet, IT och dataskydd deltar i varje analys.", responsible: "informationOwner", dueInDays: 0, status: "closed" },
    ],
  },
  {
    title: "Incidenthantering och rapportering",
    perspective: "incidenthantering",
    area: "Rapportering och hantering av incidenter",
    unit: "IT-enheten",
    monthOffset: -2,
    status: "reported",
    criteria: ["ISO/IEC 27001:2022 A.5.24–A.5.27", "MSBFS 2020:7"],
    questions: [
      ["Känner medarbetarna till hur incidenter rapporteras?", "ISO/IEC 27001:2022 A.6.8"],
      ["Dokumenteras lärdomar efter incidenter?", "ISO/IEC 27001:2022 A.5.27"],
    ],
    report: { daysAgo: 20, summary: "Incidenter rapporteras och hanteras, men lärdomar tas sällan tillvara.", conclusion: "largely_conforming", motivation: "En mindre avvikelse och förbättringsförslag." },
    findings: [
      { type: "minor_nonconformity", title: "Lärdomar dokumenteras inte", criterion: "ISO/IEC 27001:2022 A.5.27", description: "Ingen av fem avslutade incidenter hade dokumenterade lärdomar.", responsible: "informationOwner", dueInDays: 10, status: "plan_submitted", rootCause: "Avslutssteget saknar krav på lärdomar.", actionPlan: "Inför uppföljningsmöte efter varje allvarlig incident." },
      { type: "observation", title: "Rapporteringsvägen är okänd för nyanställda", criterion: "ISO/IEC 27001:2022 A.6.8", description: "Två av fem intervjuade nyanställda visste inte var incidenter rapporteras.", responsible: "ciso", dueInDays: 10, status: "open" },
      { type: "improvement", title: "Samla incidentrapportering i ett formulär", criterion: "MSBFS 2020:7", description: "Flera kanaler används parallellt.", responsible: "ciso", dueInDays: 10, status: "plan_accepted", actionPlan: "Hänvisa all rapportering till e-tjänsten.", acceptedDaysAgo: 5, action: { title: "Ta bort gamla rapporteringskanaler", dueInDays: 30 } },
    ],
  },
  { title: "Informationsklassning i skolans system", perspective: "informationsklassning", area: "Klassning av elevsystem", unit: "Barn- och utbildningsförvaltningen", monthOffset: -1, status: "performed", criteria: ["MSBFS 2020:6 7 §"] },
  { title: "Krav på leverantörer", perspective: "upphandling", area: "Säkerhetskrav i avtal", unit: "Kommunledningsförvaltningen", monthOffset: 0, status: "prepared", criteria: ["ISO/IEC 27001:2022 A.5.19–A.5.22"] },
  { title: "Utbildning och medvetenhet", perspective: "kompetens", area: "Grundutbildning för all personal", unit: "Samhällsbyggnadsförvaltningen", monthOffset: 2, status: "planned", criteria: ["ISO/IEC 27001:2022 7.2, 7.3"] },
  { title: "Ledningens genomgång och uppföljning", perspective: "uppfoljning", area: "Uppföljning av mål och åtgärder", unit: "Kommunledningsförvaltningen", monthOffset: 4, status: "postponed", reason: "Flyttas efter budgetarbetet.", criteria: ["ISO/IEC 27001:2022 9.3"] },
];
