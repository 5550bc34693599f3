import type { RiskStatus, RiskTreatment } from "./schema";

export type DemoPerson = "ciso" | "informationOwner" | "informationOwner2" | "management";

export interface DemoAnalysis {
  key: "it" | "soc";
  title: string;
  scope: string;
  method: string;
  unit: string;
  performedDaysAgo: number;
  participants: string[];
  /** Asset names from the assets demo; missing ones are skipped. */
  assets: string[];
}

export interface DemoAction {
  title: string;
  /** Negative: due in the past. */
  dueInDays: number;
  status: "planned" | "in_progress" | "done";
  completedDaysAgo?: number;
}

export interface DemoRisk {
  title: string;
  cause: string;
  event: string;
  consequence: string;
  analysis: "it" | "soc" | null;
  assets: string[];
  level: [number, number];
  /** The level when first identified, when it has changed since. */
  initial?: [number, number];
  residual?: [number, number];
  treatment?: RiskTreatment;
  status: RiskStatus;
  owner: DemoPerson;
  identifiedDaysAgo: number;
  /** When the treatment was decided (the last level change). */
  decidedDaysAgo?: number;
  acceptedBy?: DemoPerson;
  motivation?: string;
  reviewInDays: number;
  actions?: DemoAction[];
}

export const DEMO_ANALYSES: DemoAnalysis[] = [
  {
    key: "it",
    title: "Riskanalys IT-drift 2026",
    scope: "Kommunens gemensamma IT-drift: serverhall, katalogtjänst, e-post och säkerhetskopiering.",
    method: "MSB:s metodstöd för riskanalys; sannolikhet och konsekvens 1–4, workshop med IT-enheten.",
    unit: "IT-enheten",
    performedDaysAgo: 150,
    participants: ["IT-chef", "Drifttekniker", "Informationssäkerhetssamordnare", "Systemförvaltare ekonomi"],
    assets: ["Serverhall kommunhuset", "Säkerhetskopieringstjänst", "Behörighetsdata (katalogtjänst)", "E-post och kalender", "Ekonomisystem"],
  },
  {
    key: "soc",
    title: "Riskanalys Socialtjänstens verksamhetssystem",
    scope: "Verksamhetssystemet för IFO, äldreomsorg och HSL-journal samt utbetalning av ekonomiskt bistånd.",
    method: "MSB:s metodstöd för riskanalys; scenarier från incidentrapporter och verksamhetens erfarenheter.",
    unit: "Socialförvaltningen",
    performedDaysAgo: 75,
    participants: ["Socialchef", "Systemförvaltare", "Medicinskt ansvarig sjuksköterska", "Informationssäkerhetssamordnare", "Dataskyddsombud"],
    assets: ["Verksamhetssystem socialtjänst", "Personakter individ- och familjeomsorg", "Journaler hälso- och sjukvård (HSL)", "Ekonomiskt bistånd – utbetalningsunderlag"],
  },
];

export const DEMO_RISKS: DemoRisk[] = [
  {
    title: "Utpressningsvirus krypterar servrar och säkerhetskopior",
    cause: "säkerhetskopiorna nås från samma domän som servrarna",
    event: "en angripare krypterar både servrar och säkerhetskopior",
    consequence: "verksamhetssystemen är otillgängliga i flera veckor och information går förlorad",
    analysis: "it", assets: ["Säkerhetskopieringstjänst", "Serverhall kommunhuset"],
    level: [3, 4], initial: [4, 4], residual: [2, 3], treatment: "reduce", status: "open", owner: "informationOwner2",
    identifiedDaysAgo: 320, decidedDaysAgo: 150, reviewInDays: 180,
    actions: [
      { title: "Inför oföränderliga säkerhetskopior utanför domänen", dueInDays: -20, status: "in_progress" },
      { title: "Genomför årligt återläsningstest", dueInDays: 60, status: "planned" },
    ],
  },
  {
    title: "Långvarigt strömavbrott i serverhallen",
    cause: "reservkraften är inte testad under last",
    event: "ett strömavbrott varar längre än UPS:en räcker",
    consequence: "all lokal drift stannar",
    analysis: "it", assets: ["Serverhall kommunhuset"],
    level: [2, 3], residual: [1, 3], treatment: "reduce", status: "treated", owner: "informationOwner2",
    identifiedDaysAgo: 150, decidedDaysAgo: 90, reviewInDays: 270,
    actions: [{ title: "Service och lasttest av UPS och reservkraft", dueInDays: -100, status: "done", completedDaysAgo: 105 }],
  },
  {
    title: "Obehörig åtkomst via inaktuella behörigheter",
    cause: "behörigheter dras inte in när anställda byter tjänst eller slutar",
    event: "en tidigare anställd eller fel person kommer åt information",
    consequence: "sekretessbelagda uppgifter röjs",
    analysis: "it", assets: ["Behörighetsdata (katalogtjänst)"],
    level: [3, 3], residual: [2, 2], treatment: "reduce", status: "open", owner: "ciso",
    identifiedDaysAgo: 150, decidedDaysAgo: 140, reviewInDays: 200,
    actions: [{ title: "Kvartalsvis behörighetsgenomgång med chefer", dueInDays: 10, status: "in_progress" }],
  },
  {
    title: "Nätfiske leder till kapade e-postkonton",
    cause: "inloggning till e-posten kräver bara lösenord",
    event: "medarbetare lämnar ut inloggningsuppgifter på en falsk sida",
    consequence: "angripare skickar bedrägerier i kommunens namn och läser känslig e-post",
    analysis: "it", assets: ["E-post och kalender"],
    level: [4, 3], residual: [2, 3], treatment: "reduce", status: "open", owner: "informationOwner2",
    identifiedDaysAgo: 150, decidedDaysAgo: 120, reviewInDays: 120,
    actions: [
      { title: "Inför flerfaktorsinloggning för alla konton", dueInDays: -60, status: "done", completedDaysAgo: 70 },
      { title: "Genomför nätfiskeövning för alla medarbetare", dueInDays: 30, status: "planned" },
    ],
  },
  {
    title: "Föråldrat operativsystem på kvarvarande servrar",
    cause: "fyra servrar kör ett operativsystem utan säkerhetsuppdateringar",
    event: "en känd sårbarhet utnyttjas",
    consequence: "angriparen får fäste i driftmiljön",
    analysis: "it", assets: ["Ekonomisystem"],
    level: [2, 2], treatment: "accept", status: "accepted", owner: "ciso", acceptedBy: "management",
    motivation: "Servrarna avvecklas vid migreringen hösten 2026; nätsegmentering begränsar åtkomsten till dess.",
    identifiedDaysAgo: 150, decidedDaysAgo: 130, reviewInDays: 90,
  },
  {
    title: "Brand i serverhallen",
    cause: "serverhallen saknar automatiskt släcksystem",
    event: "en brand uppstår i elcentralen",
    consequence: "utrustning förstörs och återstart tar veckor",
    analysis: "it", assets: ["Serverhall kommunhuset"],
    level: [1, 4], residual: [1, 3], treatment: "transfer", status: "treated", owner: "informationOwner2",
    identifiedDaysAgo: 150, decidedDaysAgo: 110, reviewInDays: 250,
  },
  {
    title: "Felkonfiguration vid ändringar i brandväggen",
    cause: "ändringar görs utan granskning av en andra person",
    event: "en regel öppnar mer än avsett",
    consequence: "interna tjänster exponeras mot internet under en kortare tid",
    analysis: "it", assets: [],
    level: [2, 1], treatment: "accept", status: "accepted", owner: "ciso", acceptedBy: "ciso",
    motivation: "Låg risk; ändringar loggas och granskas i efterhand varje vecka.",
    identifiedDaysAgo: 150, decidedDaysAgo: 140, reviewInDays: -15,
  },
  {
    title: "Avbrott hos leverantören av e-posttjänsten",
    cause: "e-posten drivs i en molntjänst utan avtalad reservlösning",
    event: "leverantören drabbas av ett längre avbrott",
    consequence: "kommunikationen med medborgare och mellan förvaltningar försvåras",
    analysis: "it", assets: ["E-post och kalender"],
    level: [2, 2], status: "open", owner: "informationOwner2",
    identifiedDaysAgo: 150, reviewInDays: 30,
  },
  {
    title: "Obehörig läsning av skyddade personuppgifter i personakter",
    cause: "breda behörigheter i verksamhetssystemet och ingen systematisk logguppföljning",
    event: "medarbetare läser akter de inte har med att göra",
    consequence: "personer med skyddade personuppgifter kan komma till skada",
    analysis: "soc", assets: ["Personakter individ- och familjeomsorg", "Verksamhetssystem socialtjänst"],
    level: [3, 4], residual: [1, 4], treatment: "reduce", status: "open", owner: "informationOwner",
    identifiedDaysAgo: 75, decidedDaysAgo: 70, reviewInDays: 110,
    actions: [
      { title: "Inför systematisk logguppföljning av läsningar", dueInDays: -35, status: "in_progress" },
      { title: "Begränsa behörighet till skyddade personuppgifter", dueInDays: -40, status: "done", completedDaysAgo: 45 },
    ],
  },
  {
    title: "Verksamhetssystemet otillgängligt vid avbrott hos leverantören",
    cause: "systemet driftas hos en enda leverantör utan redundans",
    event: "leverantörens driftmiljö går ned under en arbetsdag",
    consequence: "handläggning och dokumentation stannar",
    analysis: "soc", assets: ["Verksamhetssystem socialtjänst"],
    level: [3, 3], treatment: "accept", status: "accepted", owner: "informationOwner", acceptedBy: "management",
    motivation: "Reservrutiner på papper finns och avtalet ger prioriterad återställning inom fyra timmar; ytterligare redundans bedöms för kostsam.",
    identifiedDaysAgo: 75, decidedDaysAgo: 60, reviewInDays: 300,
  },
  {
    title: "Felaktiga utbetalningar av ekonomiskt bistånd",
    cause: "manuella utbetalningar görs utan kontroll av en andra person",
    event: "fel belopp eller fel mottagare betalas ut",
    consequence: "ekonomisk skada för kommunen och den enskilde",
    analysis: "soc", assets: ["Ekonomiskt bistånd – utbetalningsunderlag"],
    level: [2, 3], residual: [1, 3], treatment: "reduce", status: "treated", owner: "informationOwner",
    identifiedDaysAgo: 75, decidedDaysAgo: 30, reviewInDays: 330,
    actions: [{ title: "Inför fyraögonsprincip vid manuella utbetalningar", dueInDays: -30, status: "done", completedDaysAgo: 32 }],
  },
  {
    title: "Journaluppgifter otillgängliga nattetid i hemsjukvården",
    cause: "journalen nås bara från kontorets nät",
    event: "sjuksköterskan på natten kan inte läsa ordinationer",
    consequence: "fel läkemedel eller dos ges",
    analysis: "soc", assets: ["Journaler hälso- och sjukvård (HSL)"],
    level: [4, 4], initial: [3, 4], residual: [2, 3], treatment: "reduce", status: "open", owner: "informationOwner",
    identifiedDaysAgo: 200, decidedDaysAgo: 75, reviewInDays: 60,
    actions: [{ title: "Mobil åtkomst till journalen med reservrutin", dueInDays: 45, status: "in_progress" }],
  },
  {
    title: "Känsliga uppgifter skickas med okrypterad e-post",
    cause: "säker e-post saknas för kontakter med vården och andra myndigheter",
    event: "uppgifter om klienter skickas okrypterat",
    consequence: "sekretessbelagda uppgifter kan läsas av obehöriga",
    analysis: "soc", assets: ["Personakter individ- och familjeomsorg"],
    level: [3, 2], residual: [1, 2], treatment: "reduce", status: "open", owner: "informationOwner",
    identifiedDaysAgo: 75, decidedDaysAgo: 70, reviewInDays: 100,
    actions: [{ title: "Inför säker e-post (SDK) för socialtjänsten", dueInDays: 20, status: "planned" }],
  },
  {
    title: "Borttappad tjänstetelefon med journalåtkomst",
    cause: "telefoner används i hemtjänsten",
    event: "en telefon tappas bort",
    consequence: "enstaka uppgifter kan nås innan telefonen spärras",
    analysis: "soc", assets: ["Journaler hälso- och sjukvård (HSL)"],
    level: [2, 1], treatment: "accept", status: "accepted", owner: "informationOwner", acceptedBy: "management",
    motivation: "Telefonerna har skärmlås och fjärradering; kvarvarande risk är liten.",
    identifiedDaysAgo: 75, decidedDaysAgo: 60, reviewInDays: 300,
  },
  {
    title: "Utskrifter lämnas kvar i gemensamma skrivare",
    cause: "skrivarna skriver ut direkt utan inloggning",
    event: "utskrifter med klientuppgifter blir liggande",
    consequence: "kollegor utan behörighet ser uppgifterna",
    analysis: "soc", assets: [],
    level: [1, 2], status: "open", owner: "informationOwner",
    identifiedDaysAgo: 75, reviewInDays: 200,
  },
  {
    title: "Lösenord som återanvänds läcker i externa dataintrång",
    cause: "medarbetare använder samma lösenord privat och i tjänsten",
    event: "lösenordet finns i en läcka och prövas mot kommunens tjänster",
    consequence: "konton utan flerfaktorsinloggning tas över",
    analysis: null, assets: ["Behörighetsdata (katalogtjänst)"],
    level: [4, 4], status: "open", owner: "ciso",
    identifiedDaysAgo: 10, reviewInDays: 30,
  },
];
