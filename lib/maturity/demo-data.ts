import type { AspectKey, PerspectiveKey } from "./msb-model";
import type { ProposalHorizon } from "./schema";

export interface DemoEntry {
  perspective: PerspectiveKey;
  level: number;
  reasons: string[];
  aspectNotes?: Partial<Record<AspectKey, string>>;
}

export interface DemoProposal {
  perspective: PerspectiveKey;
  what: string;
  how: string;
  who: string;
  horizon: ProposalHorizon;
}

export interface DemoSession {
  title: string;
  daysAgo: number;
  participants: string[];
  facilitator: string;
  entries: DemoEntry[];
  proposals: DemoProposal[];
}

const participants = [
  "Eva Sjöberg, kommundirektör",
  "Karin Berg, informationssäkerhetssamordnare",
  "Alva Lindqvist, IT-chef",
  "Johan Ek, förvaltningschef socialförvaltningen",
  "Maria Nilsson, verksamhetschef barn- och utbildningsförvaltningen",
  "Dataskyddsombud",
  "Upphandlingschef",
];

/** Exempelkommunen's first dialogue: a ledningsgrupp seeing its starting point. */
export const FIRST_SESSION: DemoSession = {
  title: "Mognadsdialog ledningsgruppen – nulägesbild",
  daysAgo: 380,
  participants,
  facilitator: "Karin Berg, informationssäkerhetssamordnare",
  entries: [
    {
      perspective: "riskhantering",
      level: 2,
      reasons: [
        "Riskanalyser görs inför större IT-införanden, men inte återkommande i förvaltningarna.",
        "Mall för riskanalys finns men används olika mellan förvaltningarna.",
        "Åtgärder från riskanalyserna följs inte upp samlat.",
      ],
      aspectNotes: { tillampning: "Socialförvaltningen och IT-enheten använder mallen, övriga sällan." },
    },
    {
      perspective: "informationsklassning",
      level: 2,
      reasons: [
        "Klassning enligt KLASSA har gjorts för verksamhetssystemen inom socialtjänsten.",
        "Många informationstillgångar saknar utsedd informationsägare.",
        "Ingen rutin för årlig översyn av klassningarna.",
      ],
    },
    {
      perspective: "incidenthantering",
      level: 1,
      reasons: [
        "Incidenter rapporteras främst till IT-supporten och hanteras som driftärenden.",
        "Medarbetare vet inte vad som ska rapporteras eller var.",
        "Ingen analys av grundorsaker eller sammanställning över tid.",
      ],
    },
    {
      perspective: "upphandling",
      level: 1,
      reasons: [
        "Informationssäkerhetskrav ställs i enstaka upphandlingar, oftast på IT-enhetens initiativ.",
        "Leverantörer följs inte upp avseende informationssäkerhet under avtalstiden.",
      ],
    },
    {
      perspective: "kompetens",
      level: 2,
      reasons: [
        "Webbutbildning i informationssäkerhet finns men är frivillig.",
        "Nyanställda får ingen systematisk introduktion i informationssäkerhet.",
        "Chefer efterfrågar stöd i sitt ansvar som informationsägare.",
      ],
    },
    {
      perspective: "uppfoljning",
      level: 1,
      reasons: [
        "Informationssäkerhetsarbetet följs inte upp i ledningens genomgång.",
        "Inga mål eller nyckeltal är beslutade för området.",
      ],
    },
  ],
  proposals: [
    {
      perspective: "informationsklassning",
      what: "Utse informationsägare och klassa förvaltningarnas verksamhetssystem",
      how: "Workshopserie per förvaltning med KLASSA som stöd; förvaltningscheferna utser ägare.",
      who: "Förvaltningscheferna med stöd av informationssäkerhetssamordnaren",
      horizon: "0-6",
    },
    {
      perspective: "incidenthantering",
      what: "Inför ett gemensamt sätt att rapportera incidenter",
      how: "Enkelt formulär på intranätet och en rutin för hur rapporterna hanteras och analyseras.",
      who: "Informationssäkerhetssamordnaren och IT-enheten",
      horizon: "0-6",
    },
    {
      perspective: "kompetens",
      what: "Gör grundutbildningen i informationssäkerhet obligatorisk",
      how: "Beslut i ledningsgruppen och uppföljning av genomförande per förvaltning.",
      who: "HR-chefen",
      horizon: "6-12",
    },
    {
      perspective: "uppfoljning",
      what: "Ta med informationssäkerhet i ledningens genomgång",
      how: "Stående punkt två gånger per år med nyckeltal från registren.",
      who: "Kommundirektören",
      horizon: "6-12",
    },
  ],
};

/** A year later: classification and incident handling have moved, procurement has not. */
export const SECOND_SESSION: DemoSession = {
  title: "Mognadsdialog ledningsgruppen – uppföljning efter ett år",
  daysAgo: 15,
  participants: [...participants, "Per Holm, internrevisor"],
  facilitator: "Karin Berg, informationssäkerhetssamordnare",
  entries: [
    {
      perspective: "riskhantering",
      level: 2,
      reasons: [
        "Riskanalyser görs nu i fler förvaltningar, men inte enligt en plan.",
        "Riskerna kopplas till informationstillgångarna i registret.",
        "Uppföljning av åtgärder sker men är inte systematisk.",
      ],
    },
    {
      perspective: "informationsklassning",
      level: 3,
      reasons: [
        "Samtliga förvaltningar har utsett informationsägare.",
        "Merparten av verksamhetssystemen är klassade enligt KLASSA.",
        "Årlig översyn är beslutad och första omgången genomförd.",
      ],
      aspectNotes: { resultat: "Andelen klassade tillgångar följs nu upp i registret." },
    },
    {
      perspective: "incidenthantering",
      level: 2,
      reasons: [
        "Gemensamt rapporteringsformulär används av alla förvaltningar.",
        "Antalet rapporterade incidenter har ökat, vilket tolkas som ökad medvetenhet.",
        "Orsaksanalys görs för allvarliga incidenter men inte för övriga.",
      ],
    },
    {
      perspective: "upphandling",
      level: 1,
      reasons: [
        "Kravbilaga för informationssäkerhet är framtagen men inte beslutad.",
        "Uppföljning av leverantörer saknas fortfarande.",
      ],
    },
    {
      perspective: "kompetens",
      level: 2,
      reasons: [
        "Grundutbildningen är obligatorisk och genomförd av drygt hälften av medarbetarna.",
        "Introduktion för nyanställda är ännu inte på plats i alla förvaltningar.",
      ],
    },
    {
      perspective: "uppfoljning",
      level: 2,
      reasons: [
        "Informationssäkerhet är stående punkt i ledningens genomgång.",
        "Nyckeltal tas fram ur registren, men mål saknas för flera av dem.",
        "Internrevision av informationssäkerheten är planerad men inte genomförd.",
      ],
    },
  ],
  proposals: [
    {
      perspective: "upphandling",
      what: "Besluta om kravbilaga för informationssäkerhet i upphandlingar",
      how: "Kravbilagan fastställs av kommundirektören och används i alla IT-upphandlingar.",
      who: "Upphandlingschefen",
      horizon: "0-6",
    },
    {
      perspective: "riskhantering",
      what: "Ta fram en årlig plan för riskanalyser per förvaltning",
      how: "Planen utgår från klassningen: tillgångar med högst skyddsnivå analyseras först.",
      who: "Informationssäkerhetssamordnaren",
      horizon: "0-6",
    },
    {
      perspective: "incidenthantering",
      what: "Orsaksanalys för alla incidenter med måttlig konsekvens eller högre",
      how: "Kort analysmall i incidentregistret och genomgång i säkerhetsforum varje månad.",
      who: "IT-chefen",
      horizon: "6-12",
    },
    {
      perspective: "uppfoljning",
      what: "Sätt mål för nyckeltalen i ledningens genomgång",
      how: "Målnivåer per perspektiv beslutas i ledningsgruppen och följs upp halvårsvis.",
      who: "Kommundirektören",
      horizon: "long",
    },
  ],
};

/** Where Exempelkommunen aims to be. */
export const DEMO_TARGETS: Record<PerspectiveKey, number> = {
  riskhantering: 3,
  informationsklassning: 3,
  incidenthantering: 3,
  upphandling: 2,
  kompetens: 3,
  uppfoljning: 3,
};
