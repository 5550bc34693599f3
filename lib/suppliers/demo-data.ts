import type { ContractGap } from "../contracts/schema";

/** Exempelkommunen's suppliers; `contracts` link to the assets demo by asset name. */
export interface DemoContract {
  title: string;
  reference: string;
  status: "procurement" | "active" | "terminated" | "expired";
  assets: string[];
  startedDaysAgo: number;
  /** Days from now to the end; negative for an ended contract. */
  endsInDays: number | null;
  noticeMonths?: number;
  dpa?: boolean;
  securityAgreement?: boolean;
  thirdCountryBasis?: string;
  /** Requirement statuses: all included, or left missing (a gap). */
  requirements?: "included" | "missing";
  securityInvolved?: boolean;
}

export interface DemoSupplier {
  name: string;
  orgNumber: string | null;
  country: string;
  category: "saas" | "it_operations" | "consulting" | "facilities" | "other";
  status: "prospective" | "active" | "ended";
  contact?: [string, string];
  parent?: string;
  certifications?: string[];
  /** Days since the last follow-up; absent = never followed up. */
  followedUpDaysAgo?: number;
  remark?: string;
  contracts: DemoContract[];
}

// Gaps the demo should show (checked by the demo test through the views).
export const DEMO_EXPECTED_GAPS: ContractGap[] = ["dpa_missing", "third_country_basis_missing", "requirements_missing", "security_protection_agreement_missing"];

const iso = ["ISO/IEC 27001"];
export const DEMO_SUPPLIERS: DemoSupplier[] = [
  { name: "Skolplattformen Norden AB", orgNumber: "556000-0001", country: "SE", category: "saas", status: "active", contact: ["Karin Lund", "karin.lund@skolplattformen.example"], certifications: iso, followedUpDaysAgo: 200,
    contracts: [{ title: "Lärplattform och elevadministration", reference: "BUF 2023/112", status: "active", assets: ["Elevadministrationssystem", "Elevregister", "Betyg och omdömen"], startedDaysAgo: 700, endsInDays: 400, noticeMonths: 6, dpa: true, requirements: "included", securityInvolved: true }] },
  { name: "PayrollCloud Inc.", orgNumber: null, country: "US", category: "saas", status: "active", contact: ["Support desk", "eu-support@payrollcloud.example"], followedUpDaysAgo: 420, remark: "Underbiträdeslistan saknar driftleverantören i Indien",
    contracts: [{ title: "Lönesystem som tjänst", reference: "KS 2022/301", status: "active", assets: ["Lönesystem", "Löneuppgifter", "Personalakter"], startedDaysAgo: 900, endsInDays: 60, noticeMonths: 3, dpa: true, requirements: "missing" }] },
  { name: "Kommundrift Partner AB", orgNumber: "556073-1464", country: "SE", category: "it_operations", status: "active", contact: ["Jonas Berg", "jonas.berg@kommundrift.example"], certifications: iso, followedUpDaysAgo: 90,
    contracts: [{ title: "Drift av serverhall och verksamhetssystem", reference: "KS 2021/88", status: "active", assets: ["Serverhall kommunhuset", "Verksamhetssystem socialtjänst", "Ekonomisystem"], startedDaysAgo: 1200, endsInDays: 700, noticeMonths: 12, dpa: true, requirements: "included", securityInvolved: true }] },
  { name: "Backup Nord AB", orgNumber: "556146-3265", country: "SE", category: "it_operations", status: "active", parent: "Kommundrift Partner AB", followedUpDaysAgo: 500,
    contracts: [{ title: "Säkerhetskopiering (underleverantör)", reference: "KS 2021/88-2", status: "active", assets: ["Säkerhetskopieringstjänst"], startedDaysAgo: 1100, endsInDays: 700 }] },
  { name: "Dokumentförstöring Mälardalen AB", orgNumber: "556219-5403", country: "SE", category: "facilities", status: "active", contact: ["Eva Holm", "eva@dokforstoring.example"], followedUpDaysAgo: 800,
    contracts: [{ title: "Säker dokumentförstöring", reference: "KS 2020/41", status: "active", assets: ["Personakter individ- och familjeomsorg"], startedDaysAgo: 1500, endsInDays: 30, noticeMonths: 3 }] },
  { name: "Molnpost Europe Ltd", orgNumber: null, country: "IE", category: "saas", status: "active", certifications: iso, followedUpDaysAgo: 150,
    contracts: [{ title: "E-post och kalender", reference: "IT 2022/7", status: "active", assets: ["E-post och kalender"], startedDaysAgo: 800, endsInDays: 300, noticeMonths: 6, dpa: true, requirements: "included" }] },
  { name: "Ärendeservice i Sverige AB", orgNumber: "556292-7888", country: "SE", category: "saas", status: "active", followedUpDaysAgo: 300,
    contracts: [{ title: "Ärendehantering och diarium", reference: "KS 2023/5", status: "active", assets: ["Ärendehanteringssystem (diariet)", "Diarium och ärendeakter"], startedDaysAgo: 500, endsInDays: 900, noticeMonths: 9, requirements: "missing", securityInvolved: false }] },
  { name: "Ekonomisystem Konsult AB", orgNumber: "556366-0702", country: "SE", category: "consulting", status: "active",
    contracts: [{ title: "Förvaltning ekonomisystem", reference: "KS 2024/19", status: "active", assets: ["Ekonomisystem"], startedDaysAgo: 200, endsInDays: 500, noticeMonths: 3, requirements: "included", securityInvolved: true }] },
  { name: "Säkerhetsskydd Konsult AB", orgNumber: "556439-3865", country: "SE", category: "consulting", status: "active", followedUpDaysAgo: 60,
    contracts: [{ title: "Stöd i säkerhetsskyddsanalys", reference: "KS 2025/2", status: "active", assets: ["Skyddsobjekt och krisberedskapsplaner"], startedDaysAgo: 100, endsInDays: 265 }] },
  { name: "Geodata Tjänst AB", orgNumber: "556512-7361", country: "SE", category: "saas", status: "active", followedUpDaysAgo: 400,
    contracts: [{ title: "Kartverktyg", reference: "SBF 2022/60", status: "active", assets: ["Geodata och baskarta"], startedDaysAgo: 900, endsInDays: 150, noticeMonths: 3 }] },
  { name: "E-tjänstefabriken AB", orgNumber: "556586-1209", country: "SE", category: "saas", status: "active", followedUpDaysAgo: 100,
    contracts: [{ title: "E-tjänsteplattform bygglov", reference: "SBF 2023/14", status: "active", assets: ["E-tjänsteplattform bygglov", "Bygglovsärenden"], startedDaysAgo: 400, endsInDays: 330, noticeMonths: 6, dpa: true, requirements: "included" }] },
  { name: "Journal Online Oy", orgNumber: null, country: "FI", category: "saas", status: "prospective",
    contracts: [{ title: "Upphandling journalsystem HSL", reference: "SOC 2025/77", status: "procurement", assets: ["Journaler hälso- och sjukvård (HSL)"], startedDaysAgo: 40, endsInDays: null, securityInvolved: true }] },
  { name: "Vårdlarm Teknik AB", orgNumber: "556659-5384", country: "SE", category: "it_operations", status: "active", followedUpDaysAgo: 380,
    contracts: [{ title: "Trygghetslarm", reference: "SOC 2021/12", status: "active", assets: ["Journaler hälso- och sjukvård (HSL)"], startedDaysAgo: 1300, endsInDays: 80, noticeMonths: 6, dpa: true, requirements: "missing" }] },
  { name: "Städservice Väst AB", orgNumber: "556732-9908", country: "SE", category: "facilities", status: "active",
    contracts: [{ title: "Lokalvård kommunhuset", reference: "KS 2022/99", status: "active", assets: [], startedDaysAgo: 600, endsInDays: 400 }] },
  { name: "Konsultbolaget Informationssäkerhet AB", orgNumber: "556806-4769", country: "SE", category: "consulting", status: "active",
    contracts: [{ title: "Stöd i informationsklassning", reference: "KS 2025/30", status: "active", assets: [], startedDaysAgo: 90, endsInDays: 275 }] },
  { name: "Tolkförmedlingen AB", orgNumber: "556879-9968", country: "SE", category: "other", status: "active", followedUpDaysAgo: 500,
    contracts: [{ title: "Tolktjänster socialtjänsten", reference: "SOC 2022/4", status: "active", assets: ["Personakter individ- och familjeomsorg"], startedDaysAgo: 700, endsInDays: 200, noticeMonths: 3, requirements: "missing" }] },
  { name: "Utskrift & Kuvertering AB", orgNumber: "556953-5502", country: "SE", category: "other", status: "active", followedUpDaysAgo: 250,
    contracts: [{ title: "Utskick av beslut", reference: "SOC 2023/45", status: "active", assets: ["Ekonomiskt bistånd – utbetalningsunderlag"], startedDaysAgo: 450, endsInDays: 280, noticeMonths: 3, dpa: true, requirements: "included" }] },
  { name: "Analytics Global LLC", orgNumber: null, country: "US", category: "saas", status: "active",
    contracts: [{ title: "Besöksstatistik webbplats", reference: "KS 2024/70", status: "active", assets: ["Felanmälningar gata och park"], startedDaysAgo: 300, endsInDays: 60, noticeMonths: 1 }] },
  { name: "Katalogtjänst Experten AB", orgNumber: "557027-1386", country: "SE", category: "consulting", status: "active", followedUpDaysAgo: 30,
    contracts: [{ title: "Förvaltning katalogtjänst", reference: "IT 2024/3", status: "active", assets: ["Behörighetsdata (katalogtjänst)"], startedDaysAgo: 250, endsInDays: 480, noticeMonths: 6, requirements: "included", securityInvolved: true }] },
  { name: "Protokollwebb AB", orgNumber: "557100-7607", country: "SE", category: "saas", status: "active",
    contracts: [{ title: "Publicering av protokoll", reference: "KS 2023/90", status: "active", assets: ["Protokoll kommunfullmäktige och kommunstyrelse"], startedDaysAgo: 350, endsInDays: 380 }] },
  { name: "Gamla Lönesystem AB", orgNumber: "557174-4167", country: "SE", category: "saas", status: "ended", followedUpDaysAgo: 1000,
    contracts: [{ title: "Lönesystem (avslutat)", reference: "KS 2015/12", status: "expired", assets: ["Löneuppgifter"], startedDaysAgo: 3000, endsInDays: -900 }] },
  { name: "Schemaläggaren AB", orgNumber: "557248-1066", country: "SE", category: "saas", status: "active",
    contracts: [{ title: "Schema och lokalbokning", reference: "BUF 2024/8", status: "active", assets: ["Schemaläggning och lokalbokning"], startedDaysAgo: 220, endsInDays: 510 }] },
  { name: "Nätverkstekniker i Norr AB", orgNumber: "557321-8301", country: "SE", category: "it_operations", status: "active", parent: "Kommundrift Partner AB", certifications: iso, followedUpDaysAgo: 180,
    contracts: [{ title: "Nätdrift (underleverantör)", reference: "KS 2021/88-3", status: "active", assets: ["Serverhall kommunhuset"], startedDaysAgo: 1000, endsInDays: 700 }] },
  { name: "Elevhälsa Digital AB", orgNumber: "557395-5886", country: "SE", category: "saas", status: "active", followedUpDaysAgo: 390, remark: "Loggar över åtkomst lämnas inte ut på begäran",
    contracts: [{ title: "Journalsystem elevhälsa", reference: "BUF 2022/33", status: "active", assets: ["Elevhälsojournaler"], startedDaysAgo: 800, endsInDays: 120, noticeMonths: 6, dpa: true, requirements: "missing" }] },
  { name: "Bygglovsarkivet AB", orgNumber: "557469-3809", country: "SE", category: "facilities", status: "prospective",
    contracts: [{ title: "Upphandling digitalisering bygglovsarkiv", reference: "SBF 2025/20", status: "procurement", assets: ["Bygglovsärenden"], startedDaysAgo: 20, endsInDays: null, securityInvolved: false }] },
];
