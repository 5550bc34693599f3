import type { QuestionSetCreate } from "./schema";

/**
 * The built-in question set: MSB's ten work areas, MSB's four example questions from annex 3 of
 * "Uppföljningsstruktur för informationssäkerhet" quoted verbatim (source "msb"), and 36 questions
 * of our own in the same style (source "own") — fact-based, over the last two years, answers as
 * shares of verksamheter. The points are ours: MSB's own points are not published in the report.
 */
export const BUILTIN_KEY = "msb-uppfoljning-v1";

export const BUILTIN_AREAS = [
  { key: "ledning", name: "Ledningens styrning och kontroll" },
  { key: "kompetens", name: "Medarbetarnas kunskap och utbildningsverksamhet" },
  { key: "inventering", name: "Inventering, undersökningar och omvärldsbevakning" },
  { key: "klassning", name: "Informationsklassning" },
  { key: "risk", name: "Analys och hantering av informationssäkerhetsrisker" },
  { key: "incident", name: "Incident- och kontinuitetshantering" },
  { key: "atgarder", name: "Säkerhetsåtgärder och förbättringsarbete" },
  { key: "uppfoljning", name: "Uppföljning och utvärdering" },
  { key: "upphandling", name: "Upphandling" },
  { key: "kultur", name: "Upprättande och utveckling av säkerhetskultur" },
];

type Question = QuestionSetCreate["questions"][number];
type Option = Question["options"][number];

const SHARE_KEYS = ["all", "p75", "p50", "p25", "p0", "no"] as const;
const SHARE_BOUNDS: Record<(typeof SHARE_KEYS)[number], [number, number]> = {
  all: [1, 1],
  p75: [0.75, 0.999999],
  p50: [0.5, 0.749999],
  p25: [0.25, 0.499999],
  p0: [0.000001, 0.249999],
  no: [0, 0],
};

/** A "range" question over shares, MSB's answer scale: all, 75–<100 %, … , none. */
function shares(of: string, no = "Nej"): Option[] {
  return [
    { key: "all", label: `Alla ${of}`, points: 5 },
    { key: "p75", label: `75 % till mindre än 100 % av ${of}`, points: 4 },
    { key: "p50", label: `50 % till mindre än 75 % av ${of}`, points: 3 },
    { key: "p25", label: `25 % till mindre än 50 % av ${of}`, points: 2 },
    { key: "p0", label: `Mer än 0 % till mindre än 25 % av ${of}`, points: 1 },
    { key: "no", label: no, points: 0 },
  ];
}

const sharePrefill = (indicator: string) => ({
  indicator,
  ranges: SHARE_KEYS.map((optionKey) => ({ min: SHARE_BOUNDS[optionKey][0], max: SHARE_BOUNDS[optionKey][1], optionKey })),
});

const yesPartlyNo = (full: string, partly: string): Option[] => [
  { key: "full", label: full, points: 5 },
  { key: "partly", label: partly, points: 2 },
  { key: "no", label: "Nej", points: 0 },
];

const each = (labels: string[], none = "Nej"): Option[] => [...labels.map((label, index) => ({ key: `o${index + 1}`, label, points: 1 })), { key: "no", label: none, points: 0 }];

function own(code: string, level: number, areas: string[], text: string, answerType: Question["answerType"], options: Option[], prefill?: string): Question {
  return { code, level, areas, text, comment: null, answerType, maxPoints: null, options, prefill: prefill ? sharePrefill(prefill) : null, source: "own" };
}

const rangeQ = (code: string, level: number, areas: string[], text: string, of: string, prefill?: string) => own(code, level, areas, text, "range", shares(of), prefill);

/** MSB's four example questions (bilaga 3), verbatim, with MSB's comment. */
const MSB_QUESTIONS: Question[] = [
  {
    code: "msb-1",
    level: 1,
    areas: ["ledning"],
    text: "Har ledningen styrt organisationens informationssäkerhetsarbete de senaste två åren?",
    comment:
      "Med ”ledningen” menas organisationens högsta ledning: - Hos myndigheter kan det handla om en myndighetschef, en styrelse eller en nämnd. - Hos en kommun kan det handla om kommundirektören och den politiska ledningen, beroende på frågan. - Hos regioner kan det på motsvarande sätt handla om regiondirektören och den politiska ledningen, beroende på frågan. I de fall styrningen är uppdelad mellan tjänstemannanivån och den politiska ledningen så behöver båda ha deltagit i styrningen i enlighet med den uppdelning man har. Med \"sett över\" avses inte nödvändigtvis att ändringar har gjorts. Att ledningen har haft en genomgång och diskussion om respektive svarsalternativ kan räcka.",
    answerType: "multiple",
    maxPoints: null,
    options: [
      { key: "goals", label: "Ja, under den perioden har organisationens ledning minst en gång beslutat om eller sett över tidigare beslut om… Målsättning och inriktning", points: 1 },
      { key: "roles", label: "Ansvar och befogenheter för informationssäkerhetsarbetet inom organisationen, inklusive den roll eller funktion som ska leda och samordna informationssäkerhetsarbetet", points: 1 },
      { key: "resources", label: "Resurser som informationssäkerhetsarbetet kräver", points: 1 },
      { key: "rules", label: "Regler för informationssäkerhetsarbetet (alternativt att beslut/översyn delegerats)", points: 1 },
      { key: "iso", label: "Att arbetet ska bedrivas med stöd av standarderna ISO/IEC 27001 respektive ISO/IEC 27002 eller motsvarande", points: 1 },
      { key: "none", label: "Ja, men ledningen har inte beslutat om eller sett över någon av de nämnda aspekterna under hela den perioden", points: 0 },
      { key: "no", label: "Nej", points: 0 },
    ],
    prefill: null,
    source: "msb",
  },
  {
    code: "msb-2",
    level: 2,
    areas: ["atgarder", "risk"],
    text: "Har organisationen, de senaste två åren, infört de säkerhetsåtgärder som beslutats?",
    comment:
      "Frågan avser säkerhetsåtgärder som organisationen har fattat beslut om de senaste två åren. Svara nej om inga beslut har fattats om säkerhetsåtgärder. Svara ja (alla) om beslut har fattats om att inte införa några säkerhetsåtgärder alls.",
    answerType: "range",
    maxPoints: null,
    options: [
      { key: "all", label: "Ja, under den perioden har organisationen infört… Alla de beslutade säkerhetsåtgärderna", points: 5 },
      { key: "p75", label: "75% till mindre än 100% av de beslutade säkerhetsåtgärderna", points: 4 },
      { key: "p50", label: "50% till mindre än 75% av de beslutade säkerhetsåtgärderna", points: 3 },
      { key: "p25", label: "25% till mindre än 50% av de beslutade säkerhetsåtgärderna", points: 2 },
      { key: "p0", label: "Mer än 0% till mindre än 25% av de beslutade säkerhetsåtgärderna", points: 1 },
      { key: "no", label: "Nej", points: 0 },
    ],
    prefill: sharePrefill("actions.risk_on_time_share"),
    source: "msb",
  },
  {
    code: "msb-3",
    level: 3,
    areas: ["kompetens"],
    text: "Har organisationen i sin undersökning av medarbetarnas kunskaper, de senaste två åren, undersökt deras kunskaper inom följande grundläggande områden?",
    comment:
      "Med ”medarbetare” menas anställda såväl som annan personal som arbetat i organisationen i minst sex månader. Med \"undersökt\" avses här intervjuer, enkäter, tester eller andra förfrågningar. Undersökningen möjliggör för organisationen att veta vad medarbetarna vet och förstår, så att utbildningsinsatser kan designas och inriktas mot områden där kunskapen är låg.",
    answerType: "multiple",
    maxPoints: null,
    options: [
      { key: "what_and_why", label: "Ja, organisationen har undersökt medarbetarnas kunskaper om… Vad som menas med informationssäkerhet och informationssäkerhetsarbete, samt varför det är viktigt för organisationen", points: 1 },
      { key: "rules", label: "Gällande regler och krav som styr informationssäkerhetsarbetet inom organisationen", points: 1 },
      { key: "support_tools", label: "Vilka stöd och verktyg som medarbetarna har tillgång till för att kunna arbeta på ett informationssäkert sätt", points: 1 },
      { key: "threats_risks", label: "Informationssäkerhetsrelaterade hot, sårbarheter och risker", points: 1 },
      { key: "incident_response", label: "Vad medarbetarna ska göra om en informationssäkerhetsincident inträffar", points: 1 },
      { key: "other", label: "Nej, men undersökningen har omfattat andra grundläggande områden", points: 0 },
      { key: "no", label: "Nej", points: 0 },
    ],
    prefill: null,
    source: "msb",
  },
  {
    code: "msb-4",
    level: 4,
    areas: ["ledning", "uppfoljning"],
    text: "Har organisationens ledning, de senaste två åren, arbetat för att säkerställa ständiga förbättringar i det systematiska informationssäkerhetsarbetet?",
    comment: null,
    answerType: "multiple",
    maxPoints: null,
    options: [
      { key: "obstacles", label: "Ja, under den perioden har organisationens ledning minst en gång per år följt upp, och vid behov beslutat om, organisationens arbete med att… Ta bort eller reducera identifierade hinder för att arbeta på ett informationssäkert sätt", points: 1 },
      { key: "success", label: "Införa eller stärka identifierade framgångsfaktorer för att arbeta på ett informationssäkert sätt", points: 1 },
      { key: "evaluate", label: "Utvärdera säkerhetsåtgärderna och vid behov ersätta, justera eller komplettera de säkerhetsåtgärder som inte har bedömts vara ändamålsenliga eller tillräckliga", points: 1 },
      { key: "measure", label: "Mäta resultaten av informationssäkerhetsarbetet med hjälp av indikatorer (exempelvis sådana som finns i fliken Valideringsfrågor)", points: 1 },
      { key: "integrate", label: "Integrera informationssäkerhetsarbetet med befintliga sätt att leda och styra organisationen", points: 1 },
      { key: "none", label: "Ja, men ingen av de nämnda aktiviteterna har genomförts", points: 0 },
    ],
    prefill: null,
    source: "msb",
  },
];

const V = "verksamheterna";

const OWN_QUESTIONS: Question[] = [
  // Nivå 1: grunderna.
  own("e1-01", 1, ["ledning"], "Har organisationen, de senaste två åren, haft en utsedd roll eller funktion som leder och samordnar informationssäkerhetsarbetet?", "single", yesPartlyNo("Ja, under hela perioden", "Ja, under delar av perioden")),
  rangeQ("e1-02", 1, ["kompetens"], "Har organisationen, de senaste två åren, undersökt medarbetarnas kunskaper om informationssäkerhet?", V),
  rangeQ("e1-03", 1, ["kompetens"], "Hur stor andel av medarbetarna har, de senaste två åren, genomgått en grundläggande utbildning i informationssäkerhet?", "medarbetarna", "training.staff_current_share"),
  rangeQ("e1-04", 1, ["inventering"], "Har organisationen, de senaste två åren, inventerat sina informationstillgångar?", V),
  rangeQ("e1-05", 1, ["klassning"], "Hur stor andel av verksamheterna har, de senaste två åren, klassat sin information?", V, "assets.org_units_covered_share"),
  own("e1-06", 1, ["klassning"], "Har organisationen, de senaste två åren, haft en beslutad modell för informationsklassning?", "single", yesPartlyNo("Ja, beslutad och använd", "Ja, beslutad men inte använd")),
  rangeQ("e1-07", 1, ["risk"], "Hur stor andel av informationstillgångarna har, de senaste två åren, omfattats av en riskanalys?", "informationstillgångarna", "risks.assets_covered_share"),
  own("e1-08", 1, ["risk"], "Har organisationen, de senaste två åren, haft ett beslutat arbetssätt för riskanalys?", "single", yesPartlyNo("Ja, beslutat och tillämpat", "Ja, beslutat men inte tillämpat")),
  own("e1-09", 1, ["incident"], "Har organisationen, de senaste två åren, haft ett arbetssätt för att rapportera och hantera informationssäkerhetsincidenter?", "single", yesPartlyNo("Ja, i hela organisationen", "Ja, i delar av organisationen")),
  rangeQ("e1-10", 1, ["atgarder", "risk"], "Hur stor andel av de identifierade riskerna har, de senaste två åren, fått en beslutad behandling?", "riskerna", "risks.treatment_decided_share"),
  own("e1-11", 1, ["uppfoljning"], "Har organisationen, de senaste två åren, följt upp informationssäkerhetsarbetet på något av följande sätt?", "multiple", each(["Internrevision", "Ledningens genomgång", "Uppföljning av beslutade mål", "Självskattning, till exempel Mognadsdialogen"])),
  rangeQ("e1-12", 1, ["upphandling"], "Hur stor andel av upphandlingarna har, de senaste två åren, haft krav på informationssäkerhet?", "upphandlingarna", "procurements.security_involved_share"),
  own("e1-13", 1, ["kultur"], "Har organisationen, de senaste två åren, kommunicerat informationssäkerhetens betydelse till medarbetarna på något av följande sätt?", "multiple", each(["Intranät eller nyhetsbrev", "Arbetsplatsträffar", "Budskap från ledningen", "Kampanjer eller temadagar"])),
  // Nivå 2: systematik.
  own("e2-01", 2, ["ledning"], "Har ledningen, de senaste två åren, fått en samlad rapport om informationssäkerhetsarbetet minst en gång per år?", "single", yesPartlyNo("Ja, varje år", "Ja, en gång under perioden")),
  rangeQ("e2-02", 2, ["kompetens"], "Hur stor andel av de nyanställda har, de senaste två åren, fått introduktion i informationssäkerhet inom 30 dagar?", "de nyanställda", "training.new_staff_on_time_share"),
  own("e2-03", 2, ["inventering"], "Har organisationen, de senaste två åren, bevakat omvärlden för hot och sårbarheter som rör den egna verksamheten?", "single", yesPartlyNo("Ja, löpande med dokumenterade slutsatser", "Ja, vid enstaka tillfällen")),
  rangeQ("e2-04", 2, ["klassning"], "Hur stor andel av informationsklassningarna har omprövats inom det beslutade intervallet?", "klassningarna", "assets.review_current_share"),
  rangeQ("e2-05", 2, ["risk"], "Hur stor andel av de accepterade riskerna har, de senaste två åren, ett dokumenterat beslut av den som får acceptera dem?", "de accepterade riskerna", "risks.accepted_documented_share"),
  rangeQ("e2-06", 2, ["incident"], "Hur stor andel av de avslutade incidenterna har, de senaste två åren, fått sin grundorsak analyserad?", "de avslutade incidenterna", "incidents.root_cause_share"),
  rangeQ("e2-07", 2, ["uppfoljning"], "Hur stor andel av de planerade internrevisionerna av informationssäkerheten har genomförts de senaste två åren?", "de planerade revisionerna", "audits.performed_share"),
  rangeQ("e2-08", 2, ["upphandling"], "Hur stor andel av de kritiska leverantörerna har, de senaste två åren, följts upp inom beslutat intervall?", "de kritiska leverantörerna", "suppliers.followed_up_share"),
  rangeQ("e2-09", 2, ["kultur"], "Har medarbetarna, de senaste två åren, fått möjlighet att påverka hur informationssäkerheten utformas i det egna arbetet?", V),
  // Nivå 3: kvalificerat innehåll.
  own("e3-01", 3, ["ledning"], "Har ledningen, de senaste två åren, beslutat om mätbara mål för informationssäkerhetsarbetet och följt upp dem?", "single", yesPartlyNo("Ja, beslutat och följt upp", "Ja, beslutat men inte följt upp")),
  rangeQ("e3-02", 3, ["inventering"], "Har organisationen, de senaste två åren, granskat sina viktigaste system tekniskt, till exempel med sårbarhetsskanning eller penetrationstest?", "de viktigaste systemen"),
  rangeQ("e3-03", 3, ["klassning"], "Hur stor andel av informationstillgångarna har en utsedd informationsägare?", "informationstillgångarna", "assets.owner_assigned_share"),
  rangeQ("e3-04", 3, ["risk", "upphandling"], "Hur stor andel av riskanalyserna har, de senaste två åren, omfattat hot från leverantörer och andra externa parter?", "riskanalyserna"),
  rangeQ("e3-05", 3, ["incident", "risk"], "Hur stor andel av incidenterna de senaste två åren hade förutsetts i riskanalysen?", "incidenterna", "incidents.foreseen_share"),
  own("e3-06", 3, ["incident"], "Har organisationen, de senaste två åren, övat sin incident- eller kontinuitetshantering?", "single", yesPartlyNo("Ja, med dokumenterad utvärdering", "Ja, utan utvärdering")),
  rangeQ("e3-07", 3, ["upphandling"], "Hur stor andel av de aktiva avtalen innehåller de säkerhetskrav som informationens klassning kräver?", "de aktiva avtalen", "contracts.requirements_share"),
  rangeQ("e3-08", 3, ["atgarder"], "Hur stor andel av de beslutade åtgärderna har, de senaste två åren, genomförts i tid?", "de beslutade åtgärderna", "actions.on_time_share"),
  // Nivå 4: ständiga förbättringar.
  own("e4-01", 4, ["kompetens"], "Har organisationen, de senaste två åren, utvärderat om utbildningsinsatserna har höjt medarbetarnas kunskaper?", "single", yesPartlyNo("Ja, och justerat insatserna efter resultatet", "Ja, men utan att justera insatserna")),
  rangeQ("e4-02", 4, ["atgarder", "risk"], "Har organisationen, de senaste två åren, utvärderat om säkerhetsåtgärderna har minskat de risker de infördes mot?", "de införda åtgärderna"),
  rangeQ("e4-03", 4, ["uppfoljning"], "Hur stor andel av de stängda avvikelserna från internrevisioner har, de senaste två åren, stängts med verifierad effekt?", "de stängda avvikelserna", "findings.closed_verified_share"),
  rangeQ("e4-04", 4, ["upphandling"], "Har organisationen, de senaste två åren, granskat att de kritiska leverantörerna uppfyller de avtalade säkerhetskraven?", "de kritiska leverantörerna"),
  own("e4-05", 4, ["kultur"], "Har organisationen, de senaste två åren, mätt säkerhetskulturen och använt resultatet för att förbättra den?", "single", yesPartlyNo("Ja, mätt och beslutat om förbättringar", "Ja, mätt men inte använt resultatet")),
  rangeQ("e4-06", 4, ["incident", "atgarder"], "Hur stor andel av de allvarliga incidenterna har, de senaste två åren, lett till beslutade förbättringar?", "de allvarliga incidenterna"),
];

export const BUILTIN_SET: QuestionSetCreate = {
  title: "Uppföljningsmodellen – inbyggd frågeuppsättning",
  source:
    "Arbetsområden, nivåindelning, poängregel och frågorna msb-1–msb-4 (ordagrant, med MSB:s kommentar): MSB, Uppföljningsstruktur för informationssäkerhet, bilaga 3. Övriga frågor (e1-01–e4-06) och alla poäng är skrivna av oss i samma stil och är inte MSB:s.",
  areas: BUILTIN_AREAS,
  uncertainLimits: [0.5, 0.25, 0.1, 0],
  questions: [...MSB_QUESTIONS, ...OWN_QUESTIONS].sort((a, b) => a.level - b.level),
};
