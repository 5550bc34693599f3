/**
 * MSB:s Mognadsdialogen som typad data.
 *
 * Källa: /work/shared/reference/mognadsdialogen-msb.txt (textutdrag ur MSB:s
 * presentation "Uppföljning med Mognadsdialogen").
 *
 * All svensk text är MSB:s egen och återges ordagrant. Endast uppenbara
 * artefakter från PDF-utdraget är åtgärdade (HTML-taggar, dubbla mellanslag,
 * radbrytningar/avstavningar). MSB:s egna stavningar (t.ex. "Arbetsätt",
 * "ad hock", "Utredar") är medvetet bevarade. Varje tabellcell är uppdelad
 * i meningar/punkter i den ordning de står i källan; att sätta ihop dem med
 * ett mellanslag ger tillbaka cellens text.
 *
 * Datafil: får inte parafraseras eller översättas.
 */

export const PERSPECTIVE_KEYS = [
  "riskhantering",
  "informationsklassning",
  "incidenthantering",
  "upphandling",
  "kompetens",
  "uppfoljning",
] as const;
export type PerspectiveKey = (typeof PERSPECTIVE_KEYS)[number];

/** kännetecken/kultur, arbetssätt, tillämpning, resultat, följa upp/lära/förbättra */
export const ASPECT_KEYS = [
  "kannetecken",
  "arbetssatt",
  "tillampning",
  "resultat",
  "folja_upp",
] as const;
export type AspectKey = (typeof ASPECT_KEYS)[number];

/** Aspekterna som har en förklaring och stödfrågor i MSB:s text (alla utom kännetecken). */
export type MsbGuidedAspectKey = Exclude<AspectKey, "kannetecken">;

export type MsbLevel = 1 | 2 | 3 | 4;
export const MSB_LEVELS: readonly MsbLevel[] = [1, 2, 3, 4];

/**
 * Radrubrikerna som MSB skriver dem. MSB stavar inte helt konsekvent mellan
 * bilderna ("Kännetecken/kultur", "Kännetecken kultur", "Kultur, kännetecken";
 * "Arbetssätt"/"Arbetsätt"; en gång "Tillämpas"); här används rubrikerna från
 * nivåbeskrivningen och översiktsbilden. Varje perspektivs egna radrubriker
 * finns ordagrant i `MsbPerspective.aspectRowLabels`.
 */
export const MSB_ASPECT_HEADINGS: Record<AspectKey, string> = {
  kannetecken: "Kännetecken/kultur",
  arbetssatt: "Arbetssätt",
  tillampning: "Tillämpning",
  resultat: "Resultat",
  folja_upp: "Följa upp, lära och förbättra",
};

export interface MsbLevelText {
  level: MsbLevel;
  /** För perspektiven: cellen i raden "Kännetecken kultur" (samma text som `aspects.kannetecken`). */
  title?: string;
  /** Meningar/punkter per cell, ordagrant. */
  aspects: Record<AspectKey, string[]>;
}

export interface MsbSubProcess {
  /** Delprocessens namn i MSB:s processbild, t.ex. "Upptäcka". */
  name: string;
  /** Exempel på arbetssätt som MSB listar under delprocessen. */
  items: string[];
}

export interface MsbPerspective {
  key: PerspectiveKey;
  name: string;
  /** Kort namn som i MSB:s resultatdiagram (t.ex. "Infoklassning"). */
  shortName: string;
  /** Textutdraget har ingen inledande brödtext per perspektiv; tom lista. */
  intro: string[];
  /** Delprocessernas namn i ordning. Tom lista där processbilden saknas i textutdraget (Riskhantering, Kompetens). */
  subProcesses: string[];
  /** Delprocesser med MSB:s exempel på arbetssätt. */
  subProcessDetails: MsbSubProcess[];
  /** Radrubrikerna exakt som de står i perspektivets tabell. */
  aspectRowLabels: Record<AspectKey, string>;
  levels: MsbLevelText[];
}

export interface MsbGeneralLevel extends MsbLevelText {
  /** Kännetecken/kultur enligt "Mognadsdialogens nivåbeskrivning", t.ex. "Reaktiva". */
  title: string;
  /** Kortform från översiktstabellen, t.ex. "Reaktiv". */
  shortTitle: string;
  /** Nivåbeskrivningens meningar (arbetssätt, tillämpning, resultat, följa upp) i följd. */
  description: string[];
}

export interface MsbAbout {
  title: string;
  paragraphs: string[];
  benefitsHeading: string;
  benefits: string[];
}

/** "Vad är Mognadsdialogen" och "Mognadsdialogen kan bidra till att". */
export const MSB_ABOUT: MsbAbout = {
  title: "Vad är Mognadsdialogen",
  paragraphs: [
    "Mognadsdialogen är ett uppföljningsverktyg för att utarbeta en gemensam syn på nuläget och viktiga utvecklingsområden.",
    "Nuläget skapas genom att i dialog jämföra sig med fördefinierade mognadsbeskrivningar i fyra olika mognadsnivåer.",
    "Verktyget ger en bild av nuläget i relation till framgångsrika organisationer och hur effektivt organisationen arbetar med att skydda sin information utifrån dess behov, krav och förutsättningar.",
  ],
  benefitsHeading: "Mognadsdialogen kan bidra till att",
  benefits: [
    "Skapa samsyn och enas om organisationens nuläge.",
    "Identifiera och prioritera områden för utvecklings- och förbättringsarbetet.",
    "Öka insikten om vad ett systematiskt arbetssätt innebär.",
    "Öka förståelsen för vad som ingår i informationssäkerhetsarbetet.",
    "Öka insikten om vad krävs för att öka mognaden.",
    "Öka ledningens engagemang och förmåga att leda och styra.",
    "Skapar möjligheter att följa organisationen mognadsutveckling över tid.",
  ],
};

export interface MsbAspectGuidance {
  /** Kortbeskrivning från bilden "Det systematiska arbetssättet, fångas upp i frågorna". */
  summary: string[];
  /** Stödfrågorna från samma bild (MSB stavar där "Arbetsätt"). */
  questions: string[];
}

/** Rubriken på bilderna som beskriver aspekterna. */
export const MSB_ASPECT_GUIDANCE_HEADING = "Det systematiska arbetssättet, fångas upp i frågorna";

export const MSB_ASPECT_GUIDANCE: Record<MsbGuidedAspectKey, MsbAspectGuidance> = {
  arbetssatt: {
    summary: ["Etablerade medvetet valda arbetssätt."],
    questions: [
      "Hur säger vi att vi ska göra?",
      "Har vi etablerade och medvetet valda arbetsätt?",
      "Är de kända?",
      "Är arbetsätten nya?",
      "Hur väl är de integrerade och samverkar med andra arbetsätt?",
      "Stödjer arbetsätten våra mål?",
    ],
  },
  tillampning: {
    summary: ["Omfattning arbetssätten används."],
    questions: ["I vilken omfattning använder vi arbetsätten, gör vi som vi säger att vi ska göra?"],
  },
  resultat: {
    summary: ["Arbetssättens resultat.", "I förhållande till mål, jämfört med andra."],
    questions: [
      "Vilka resultat leder våra arbetsätt till?",
      "Vilka bevis finns?",
      "Finns koppling till våra strategier och mål?",
      "Kan resultaten härledas till arbetsätten?",
      "Hur är resultatens nivåer i förhållande till målen, i jämförelse med andra?",
      "Är resultaten uthålliga, har de förbättrats över tid?",
    ],
  },
  folja_upp: {
    summary: ["Hur gör vi?"],
    questions: [
      "Hur följer vi upp arbetsättens ändamålsenlighet, tillämpning och effektivitet?",
      "Hur leder uppföljningen till lärande och till förbättringar av arbetsätten?",
    ],
  },
};

/** Punkterna under "Nu börjar det." – MSB:s råd till gruppen inför bedömningen. */
export const MSB_ADVICE_HEADING = "Nu börjar det.";

export const MSB_ADVICE: string[] = [
  "Varje perspektiv innehåller dels beskrivning av vad som ingår genom en processbild samt perspektivets nivåbeskrivningar.",
  "När ni diskuterar, kommer kan ni ibland märka att ni är i flera nivåer, men försök att resonera er fram till vad det kännetecknas mest.",
  "Var medveten om att \"Resultat\" och \"Följa upp...\" ställer höga krav.",
  "Tänk på att det är bättre att inte ge sig själv för högt resultat.",
];

const DESCRIPTION_ASPECTS: readonly MsbGuidedAspectKey[] = [
  "arbetssatt",
  "tillampning",
  "resultat",
  "folja_upp",
];

function withDescription(level: Omit<MsbGeneralLevel, "description">): MsbGeneralLevel {
  return {
    ...level,
    description: DESCRIPTION_ASPECTS.flatMap((key) => level.aspects[key]),
  };
}

/** "Mognadsdialogens nivåbeskrivning" – den generella beskrivningen av de fyra nivåerna. */
export const MSB_GENERAL_LEVELS_HEADING = "Mognadsdialogens nivåbeskrivning";

const GENERAL_LEVELS_BASE: Omit<MsbGeneralLevel, "description">[] = [
  {
    level: 1,
    title: "Reaktiva",
    shortTitle: "Reaktiv",
    aspects: {
      kannetecken: [
        "Reaktiva",
      ],
      arbetssatt: [
        "Saknar i huvudsak gemensamma medvetet valda arbetsätt inom området.",
        "Lösryckte arbetsätt finns men ofta otydliga, okända eller hänger inte ihop.",
        "Låg insikt om behov av struktur inom området.",
      ],
      tillampning: [
        "Var och en arbetar efter eget huvud och situationen styr.",
        "Vissa arbetsätt tillämpas sporadiskt.",
      ],
      resultat: [
        "Inga långsiktiga resultat samlas in, eller jämförs över tid.",
        "Enstaka resultat och ekonomiresultat har fokus.",
        "Saknar mål.",
      ],
      folja_upp: [
        "Reaktiv.",
        "Fokus på problemlösning och korrigerande åtgärder.",
        "Saknar insikt, men pratar OM uppföljning.",
        "Följer inte upp, utvärderar och lär inte över tid.",
      ],
    },
  },
  {
    level: 2,
    title: "Viss systematik",
    shortTitle: "Viss systematik",
    aspects: {
      kannetecken: [
        "Viss systematik",
      ],
      arbetssatt: [
        "Några gemensamma, medvetet valda arbetsätt inom området.",
        "Arbetsätten hänger inte alltid ihop (samordnade).",
        "Insikt om behov av struktur och systematik finns.",
      ],
      tillampning: [
        "Arbetsätten används i begränsad omfattning, dvs inte i alla relevanta processer och situationer.",
        "Arbetsätt kan nyligen ha införts eller håller på att införas.",
        "Inte kända hos alla.",
      ],
      resultat: [
        "Enstaka resultat samlas in och jämförs över tid men hänger ofta inte ihop med formulerade mål.",
        "Enstaka goda resultat.",
        "Resultaten kan sällan härledas till arbetsätten.",
      ],
      folja_upp: [
        "Enstaka arbetsätt och processer följs upp, resultat (mest tillämplighet) analyseras.",
        "Förbättringar sker ofta ad hoc eller genomförs inte systematiskt.",
        "Börjar få insikt – driver på samverkan och teamarbete.",
      ],
    },
  },
  {
    level: 3,
    title: "Förbättringsdriv",
    shortTitle: "Förbättringsdriv",
    aspects: {
      kannetecken: [
        "Förbättringsdriv",
      ],
      arbetssatt: [
        "Flera gemensamma, medvetet valda arbetsätt.",
        "Arbetsätten hänger ihop (samordnade).",
        "Bygger struktur och systematik.",
        "Roller och ansvar finns.",
        "Högt driv för struktur och systematik",
      ],
      tillampning: [
        "Arbetsätten är kända.",
        "Arbetsätten används i god omfattning i de flera relevanta processer/situationer.",
      ],
      resultat: [
        "Flertalet resultat samlas in och jämförs över tid.",
        "Vissa uthålliga positiva resultat, vilka kan kopplas till formulerade mål.",
        "Jämför inte resultat med andra.",
        "Viss osäkerhet om resultat kan härledas till arbetsätten.",
      ],
      folja_upp: [
        "Flera arbetsätt/processer följs upp, resultaten (mest ändamålsenlighet) analyseras och leder till förbättringar.",
        "Viss osäkerhet om orsak och verkan.",
        "Lärande börjar få fokus för förbättringar.",
        "Högt insikt, nyfikenhet och ifrågasättande.",
      ],
    },
  },
  {
    level: 4,
    title: "Proaktiv, förutseende",
    shortTitle: "Proaktiv",
    aspects: {
      kannetecken: [
        "Proaktiv, förutseende",
      ],
      arbetssatt: [
        "Genomtänka, medvetet valda, väl samordnade arbetsätt inom området.",
        "Mycket systematiska och proaktiva.",
        "Arbetsätten utgår tydligt från intressenternas krav, behov och förväntningar.",
        "Roller och ansvar är adekvata och fungerar väl.",
      ],
      tillampning: [
        "Arbetsätten är välkända, används i alla relevanta processer/situationer.",
      ],
      resultat: [
        "Flera relevanta resultat som visar positiva trender kopplade till formulerade mål.",
        "Positiva, uthålliga resultat, även i jämförelse med andra organisationer.",
        "Resultat kan tydligt härledas till arbetsätten.",
        "Resultatfokus",
      ],
      folja_upp: [
        "Proaktiv.",
        "Relevanta arbetsätt/processer följs upp, analyseras och förbättringar sker, metodiskt och agilt utifrån att öka effektivitet.",
        "Högt fokus på lärande i hela organisationen.",
      ],
    },
  },
];

export const MSB_GENERAL_LEVELS: MsbGeneralLevel[] = GENERAL_LEVELS_BASE.map(withDescription);

export const MSB_PERSPECTIVES: Record<PerspectiveKey, MsbPerspective> = {
  riskhantering: {
    key: "riskhantering",
    name: "Riskhantering",
    shortName: "Riskhantering",
    intro: [],
    subProcesses: [],
    subProcessDetails: [],
    aspectRowLabels: {
      kannetecken: "Kännetecken kultur",
      arbetssatt: "Arbetsätt",
      tillampning: "Tillämpning",
      resultat: "Resultat",
      folja_upp: "Följa upp, lära och förbättra",
    },
    levels: [
      {
        level: 1,
        title: "Saknar förståelse för risker",
        aspects: {
          kannetecken: [
            "Saknar förståelse för risker",
          ],
          arbetssatt: [
            "Saknar i huvudsak medvetet valda arbetsätt inom riskhantering - identifiering, analys, behandling, övervakning, riskuppföljning",
          ],
          tillampning: [
            "Hanterar risker reaktivt, ad hock.",
            "Dokumenterar sällan med en gemensam metod.",
            "Resonerar om risker när nåt har hänt.",
            "Åtgärder genomförs utifrån \"köper in\", men överväger inte om investeringen är rätt.",
            "Känslomässiga beslut dominerar.",
          ],
          resultat: [
            "Saknar mål med riskhanteringen.",
            "Inga resultat samlas in och jämförs över tid.",
          ],
          folja_upp: [
            "Har hänt att man pratat om hur man arbetar men brister i att omsätta det till lärande och förbättring.",
          ],
        },
      },
      {
        level: 2,
        title: "Oj, mer jobb",
        aspects: {
          kannetecken: [
            "Oj, mer jobb",
          ],
          arbetssatt: [
            "Har medvetet valt arbetsätt och metod för riskanalys, men saknar i övrigt samordning inom riskhantering.",
            "Har risknivåer men nivåerna är inte tydliga vad de innebär i praktiken.",
          ],
          tillampning: [
            "Riskanalyser görs i begränsad omfattning.",
            "Få efterfrågar riskanalyser.",
            "Oklart NÄR de ska göras.",
            "Enstaka personer har kompetens att leda riskanalyser.",
            "Ledningen har låg insikt om riskhantering.",
            "Beslutar att åtgärda risker utifrån begränsat beslutsunderlag och beslut saknas när risker accepteras.",
          ],
          resultat: [
            "Enstaka mål med riskhanteringen.",
            "Svag koppling mellan riskanalys och resultat.",
          ],
          folja_upp: [
            "Följer upp och förbättrar arbetsättet för riskanalys.",
            "Tar inte lärdom, återanvänder inte genomförda riskanalyser.",
            "Saknar överblick över alla analyserade risker.",
          ],
        },
      },
      {
        level: 3,
        title: "Fångar risken...",
        aspects: {
          kannetecken: [
            "Fångar risken...",
          ],
          arbetssatt: [
            "Har tydliga och samordnade arbetsätt inom riskhantering.",
            "Risknivåerna är tydliga och begripliga.",
            "Tydliga arbetsätt för hur risker och åtgärder ska följas upp.",
          ],
          tillampning: [
            "Arbetsätten används i de flesta relevanta processerna och situationer.",
            "Riskanalyser görs ofta och medvetet.",
            "Det är tydligt när riskanalyser ska göras.",
            "Flera personer har kompetens att leda riskanalyser.",
            "Ledningen har god insikt om riskhantering.",
            "Beslutar om åtgärder utifrån resultatet av riskanalysen.",
            "Beslut att acceptera risker tas medvetet och motiveras.",
            "Följer upp de flesta riskanalyser över tid och att åtgärder får avsedd effekt.",
          ],
          resultat: [
            "Några mål finns avseende riskhanteringen och några relevanta resultat samlas in för området.",
            "Enstaka resultat som följs över tid.",
          ],
          folja_upp: [
            "Börjar styra infosäkarbetet utifrån risker.",
            "Tar lärdom av genomförda analyserade risker.",
            "Sammanställer alla genomförda riskanalyser och följer upp dem över tid.",
            "Utvärderar och förbättrar arbetsätten regelbundet.",
          ],
        },
      },
      {
        level: 4,
        title: "Letar risker = förbättringsmöjlighet",
        aspects: {
          kannetecken: [
            "Letar risker = förbättringsmöjlighet",
          ],
          arbetssatt: [
            "Har logiska och väl samordnade arbetsätt inom riskhantering.",
            "Risknivåerna är tydliga och stödjer verksamheten.",
          ],
          tillampning: [
            "Arbetsätten används i alla relevanta processer och situationer.",
            "Säkerställer kompetensen.",
            "Hög riskkompetens hos alla.",
            "Ledningen är pådrivande inom riskhantering.",
            "Använder riskanalysernas resultat för att införa åtgärder som får avsedd effekt i enighet med fastställda mål.",
            "Beslutar om åtgärder eller riskacceptans görs utifrån fakta.",
          ],
          resultat: [
            "Flera relevanta resultat som visar positiva trender.",
            "Ex riskutveckling över tid, påverkat sårbarheter.",
          ],
          folja_upp: [
            "Proaktivt arbete.",
            "Styr infosäkarbetet utifrån risk.",
            "Följer noga riskbilden över tid.",
            "Utvärderar och förbättrar arbetsätten och riskmetoder i syfte att skapa än bättre effektivitet.",
          ],
        },
      },
    ],
  },
  informationsklassning: {
    key: "informationsklassning",
    name: "Informationsklassning",
    shortName: "Infoklassning",
    intro: [],
    subProcesses: [
      "Identifiera info tillgångar",
      "Värdera och klassa",
      "Ge rätt skydd utifrån klassning",
      "Uppföljning",
      "Omvärdera/omklassa",
    ],
    subProcessDetails: [
      {
        name: "Identifiera info tillgångar",
        items: [
          "Vilken information finns och var",
        ],
      },
      {
        name: "Värdera och klassa",
        items: [
          "Info klassningsmodell",
          "Värdera och klassa information och systemstöd",
          "Konsekvensbedöma: Konfidentialitet Riktighet Tillgänglighet",
          "Externa och interna Intressenters krav",
          "Konsekvensnivåer omvandlas till skyddsnivåer",
        ],
      },
      {
        name: "Ge rätt skydd utifrån klassning",
        items: [
          "Riskbedömning",
          "Krav på säkerhetsåtgärder, administrativa, tekniska och fysiska säkerhetsåtgärder",
          "Införa säkerhetsåtgärder",
          "Åtgärda - förändra eller acceptera risker",
          "Roll – info ägare, systemägare mm",
        ],
      },
      {
        name: "Uppföljning",
        items: [
          "Ges informationen adekvat skydd",
          "Resultat av säkerhetsåtgärder",
          "Andra resultat",
          "Nya risker",
        ],
      },
      {
        name: "Omvärdera/omklassa",
        items: [
          "Förändra skyddet, säkerhetsåtgärder",
        ],
      },
    ],
    aspectRowLabels: {
      kannetecken: "Kännetecken kultur",
      arbetssatt: "Arbetsätt",
      tillampning: "Tillämpas",
      resultat: "Resultat",
      folja_upp: "Följa upp, lära och förbättra",
    },
    levels: [
      {
        level: 1,
        title: "Information, vad då?",
        aspects: {
          kannetecken: [
            "Information, vad då?",
          ],
          arbetssatt: [
            "Saknar medvetet valda arbetsätt för att identifiera och värdera information.",
            "Enstaka arbetsätt finns men hänger inte ihop, värderar inte informationen.",
          ],
          tillampning: [
            "Medvetenhet finns om att informationen måste hanteras utifrån olika lagkrav.",
            "Värderingen av information har fokus på it-systemen.",
            "Betoning på konfidentialitet.",
            "It anses var ansvarig för informationen.",
          ],
          resultat: [
            "Svag koppling mellan säkerhetsåtgärder (i praktiken) och informationens värde.",
            "Mål saknas.",
          ],
          folja_upp: [
            "Pratas mycket och man är frustrerad.",
            "Har hänt att man följt upp som kan leda till enstaka lärande och förbättring.",
          ],
        },
      },
      {
        level: 2,
        title: "Informationen behöver skyddas",
        aspects: {
          kannetecken: [
            "Informationen behöver skyddas",
          ],
          arbetssatt: [
            "Har några medvetet valda arbetsätt för att identifiera, värdera information samt att införa säkerhetsåtgärder.",
            "De är inte samordnade.",
            "Har klassningsmodell men nivåerna är inte tydliga vad de innebär i praktiken.",
          ],
          tillampning: [
            "Använder klassningsmodellen i liten skala eller har påbörjat arbetet där behov uppstår.",
            "Stort personberoende.",
            "Klassningen styr inte alltid val av säkerhetsåtgärder.",
            "Betoning på konfidentialitet och tillgänglighet.",
            "Ansvaret för informationen utgår delvis från informationsägarens krav.",
          ],
          resultat: [
            "Har identifierat, värderat information i liten omfattning.",
            "Införda säkerhetsåtgärder har viss koppling till resultatet av klassningen.",
            "Enstaka mål finns.",
          ],
          folja_upp: [
            "Förbättrar arbetsätten så att metoden för värderingen av informationen kan ske effektivare.",
            "Införda säkerhetsåtgärder utvärderas sporadiskt med fokus på följsamhet till rutinen.",
          ],
        },
      },
      {
        level: 3,
        title: "Informationen är värdefull",
        aspects: {
          kannetecken: [
            "Informationen är värdefull",
          ],
          arbetssatt: [
            "Har flera medvetet valda arbetsätt för att identifiera, värdera information samt införa säkerhetsåtgärder som är samordnade.",
            "Klassningsmodellen har tydliga kriterier och nivåer som värderingen ska göras utifrån.",
          ],
          tillampning: [
            "Använder klassningsmodellen i de flesta relevanta processerna.",
            "Klassning och risk styr val av säkerhetsåtgärder.",
            "Arbetsätten är kända och efterfrågas.",
            "Verksamheten har ansvar för informationen och kraven utgår från informationsägaren.",
            "Medvetenhet finns på de tre aspekterna KRT.",
          ],
          resultat: [
            "Har tydliga mål och plan att all information ska värderas.",
            "Har identifierat, värderat huvuddelen av informationstillgångarna.",
            "Införda säkerhetsåtgärder har stark koppling till resultatet av klassningen.",
          ],
          folja_upp: [
            "Förbättrar kriterier och nivåer för värdering av information utifrån organisationens behov.",
            "Delvis systematiskt uppföljning av säkerhetsåtgärdernas ändamålsenlighet.",
          ],
        },
      },
      {
        level: 4,
        title: "Styr verksamheten utifrån info om tillgångarnas värde",
        aspects: {
          kannetecken: [
            "Styr verksamheten utifrån info om tillgångarnas värde",
          ],
          arbetssatt: [
            "Har genomtänkta medvetet valda arbetsätt för att identifiera, värdera info tillgångar, som är väl samordnade och logiska.",
          ],
          tillampning: [
            "Använder alla arbetsätten strukturerat i alla relevanta processer.",
            "Utgår från informationsägarens krav som utgår från organisationens mål.",
            "Beslutar om säkerhetsåtgärder och förändrar skydd vid behov.",
            "Omklassning sker vid externa förändringar (lagkrav) eller vid förändringar i info tillgångar (tillägg borttag)",
            "God balans mellan de tre aspekterna KRT.",
          ],
          resultat: [
            "Införda säkerhetsåtgärder stödjer uthålligt verksamhetens mål.",
            "Säkerhetsnivåerna kan härledas till konsekvensnivåer.",
          ],
          folja_upp: [
            "Förbättrar kriterier och nivåer utifrån förändrade krav och förutsättningar på både kort och lång sikt.",
            "Systematisk uppföljning och av säkerhetsåtgärdernas ändamålsenlighet, tillämplighet och effektivitet kopplat till verksamhetens mål.",
          ],
        },
      },
    ],
  },
  incidenthantering: {
    key: "incidenthantering",
    name: "Incidenthantering",
    shortName: "Incidenthantering",
    intro: [],
    subProcesses: [
      "Upptäcka",
      "Hantera",
      "Utreda",
      "Förbättra",
    ],
    subProcessDetails: [
      {
        name: "Upptäcka",
        items: [
          "Identifiera händelse",
          "Rapportera",
        ],
      },
      {
        name: "Hantera",
        items: [
          "Bedöma",
          "Åtgärda och hantera konsekvenser",
          "Eskalera",
          "Kommunicera till berörda",
        ],
      },
      {
        name: "Utreda",
        items: [
          "Fastställa grundorsaker",
          "Bedöma",
          "Föreslå förbättring",
        ],
      },
      {
        name: "Förbättra",
        items: [
          "Prioritera och genomföra förbättring",
          "Kommunicera förändringen",
          "Följa upp förändringen",
        ],
      },
    ],
    aspectRowLabels: {
      kannetecken: "Kännetecken kultur",
      arbetssatt: "Arbetsätt",
      tillampning: "Tillämpning",
      resultat: "Resultat",
      folja_upp: "Följa upp, lära och förbättra",
    },
    levels: [
      {
        level: 1,
        title: "Snabba lösningar premieras",
        aspects: {
          kannetecken: [
            "Snabba lösningar premieras",
          ],
          arbetssatt: [
            "Saknar tydliga arbetssätt för att rapportera eller hantera inrapporterade incidenter och utreda dessa.",
          ],
          tillampning: [
            "Rapporterar incidenter utifrån personligt engagemang.",
            "Resonerar om incidenter när nåt hänt.",
          ],
          resultat: [
            "Negativa händelser upprepas lätt eftersom överblick saknas.",
            "Incidenter upprepas.",
            "Få incidenter rapporteras vilket tolkas positivt.",
          ],
          folja_upp: [
            "Utredar inte utan löser snabbt och \"köper in\", utan att veta det blir rätt.",
          ],
        },
      },
      {
        level: 2,
        title: "Få inrapporterade = bra",
        aspects: {
          kannetecken: [
            "Få inrapporterade = bra",
          ],
          arbetssatt: [
            "Har tydliga arbetssätt för hur incidenter ska rapporteras och åtgärdas.",
          ],
          tillampning: [
            "Otydligt vad som ÄR en incident, dvs viktiga incidenter rapporteras inte alltid.",
            "Analyserar inte grundorsakerna till incidenter utan tar enklaste lösningen (kategorin styr).",
          ],
          resultat: [
            "Svag koppling mellan incidenter och minskad risk för upprepning.",
            "Mäter antalet incidenter.",
            "Ofta frustration av att infosäk inte fångas upp via andra rapporterade avvikelser.",
          ],
          folja_upp: [
            "Man löser \"problemet\".",
            "Följer upp antalet rapporter och prioriterar uppmuntrar att rapportera fler.",
            "Har mindre fokus på att skapa effektiv hantering.",
          ],
        },
      },
      {
        level: 3,
        title: "Uppmuntrar att rapportera",
        aspects: {
          kannetecken: [
            "Uppmuntrar att rapportera",
          ],
          arbetssatt: [
            "Tydliga logiska arbetssätt.",
            "Hög medvetenhet om betydelsen av att fånga upp och utreda incidenter.",
          ],
          tillampning: [
            "Många rapporterar incidenter.",
            "Uppmuntrar alla att hitta och rapportera.",
            "Börjar analysera grundorsaken till de flesta incidenter för att hitta samband och orsaker inom infosäk.",
            "Åtgärdar oftast grundorsaken.",
          ],
          resultat: [
            "Flera resultat finns om effektiv hantering.",
            "Mäter och börjar prioritera incidenter inom viktiga riskområden med behov av förbättring.",
          ],
          folja_upp: [
            "Följer upp flera incidenter så att de inte ska upprepas.",
            "Analyserar inte andra rapporterade incidenter för att hitta infosäkrisker.",
            "Analyserar incidenterhanteringen för att öka effektiviteten och förbättringsmöjligheter tas tillvara.",
          ],
        },
      },
      {
        level: 4,
        title: "Letar ständigt efter",
        aspects: {
          kannetecken: [
            "Letar ständigt efter",
          ],
          arbetssatt: [
            "Tydliga logiska väl samordnade arbetssätt.",
            "Hög medvetenhet om betydelsen av att fånga upp incidenter, utreda och följa upp att åtgärderna får avsedd effekt.",
          ],
          tillampning: [
            "Alla rapporterar incidenter och även riskhändelser.",
            "Lyhörd och ser samband.",
            "Analyserar grundorsaker genom att samla rätt kompetens.",
            "Åtgärdar alltid grundorsaken.",
          ],
          resultat: [
            "Använder incidenter proaktivt, följer upp åtgärder så att de stödjer verksamhetens mål.",
            "Kan visa positiva resultat och trender.",
            "Leder till handling och riskhantering.",
          ],
          folja_upp: [
            "Analyserar andra kategorier av avvikelser för att hitta infosäkrisker.",
            "Fokus på förbättringar av processen.",
            "Analyserar och förbättrar ständigt A/I hanteringen så att förbättringsmöjligheter tas tillvara i förhållande till verksamhets behov.",
          ],
        },
      },
    ],
  },
  upphandling: {
    key: "upphandling",
    name: "Upphandling",
    shortName: "Upphandling",
    intro: [],
    subProcesses: [
      "Förbereda",
      "Upphandla",
      "Realisera",
      "Förvalta",
    ],
    subProcessDetails: [
      {
        name: "Förbereda",
        items: [
          "Planera",
          "Behov",
          "Risker",
          "Infosäkrav",
        ],
      },
      {
        name: "Upphandla",
        items: [
          "Utvärdera anbud",
          "Tilldela avtal",
        ],
      },
      {
        name: "Realisera",
        items: [
          "Starta samarbetet",
          "Kommunicera",
        ],
      },
      {
        name: "Förvalta",
        items: [
          "Uppföljning av krav och avtal",
        ],
      },
    ],
    aspectRowLabels: {
      kannetecken: "Kännetecken kultur",
      arbetssatt: "Arbetsätt",
      tillampning: "Tillämpning",
      resultat: "Resultat",
      folja_upp: "Följa upp, lära och förbättra",
    },
    levels: [
      {
        level: 1,
        title: "Naiv",
        aspects: {
          kannetecken: [
            "Naiv",
          ],
          arbetssatt: [
            "Saknar arbetsätt för att ställa krav på informationssäkerhet vid upphandlingar.",
          ],
          tillampning: [
            "Ad hoc, den som skriker högst medverkar i upphandlingsprocessen.",
            "Har huvudsakligen fokus på kostnader.",
          ],
          resultat: [
            "Har inte några krav på uppföljning i avtalen.",
            "Saknar mål och resultat.",
          ],
          folja_upp: [
            "Har hänt att man följer upp arbetsätten.",
            "Svårt att omsätta till lärande och förbättring.",
          ],
        },
      },
      {
        level: 2,
        title: "Godtrogen",
        aspects: {
          kannetecken: [
            "Godtrogen",
          ],
          arbetssatt: [
            "Har beslutade arbetsätt om hur upphandlingsprocessen ska ske, men otydligt hur/när infosäk ska beaktas.",
            "Enstaka krav ställs på infosäk under avtalsperioden.",
          ],
          tillampning: [
            "Infosäk medverkar i inledningsskedet och vissa säkerhetskrav tas fram.",
            "Ställer några infosäkrav i avtalen med leverantören.",
            "Uppföljning av leverantörer görs huvudsakligen på SLA/tillgänglighet.",
          ],
          resultat: [
            "Bevis saknas att informationen skyddas tillräckligt.",
            "Leverantörens egen uppföljning kan rapporteras in som bevis exempelvis it-incidenter och SLA.",
            "Enstaka mål.",
          ],
          folja_upp: [
            "Följer upp enstaka genomförda upphandlingar för att förbättra processen.",
            "Viss dialog om hur leverantörens uppföljning kan förbättras.",
          ],
        },
      },
      {
        level: 3,
        title: "Kravställare",
        aspects: {
          kannetecken: [
            "Kravställare",
          ],
          arbetssatt: [
            "Tydliga arbetsätt för hur infosäk ska beaktas i upphandlingsprocessen och under avtalsperioden.",
          ],
          tillampning: [
            "Infosäkkompetens medverkar vid större upphandlingar i hela processen.",
            "Ställer krav på leverantören både avseende informationssäkerhetsarbete och enskilda säkerhetsåtgärder och på säkerhetsarkitektur.",
            "Leverantörer följs upp och att arbetsätten tillämpas i de flesta upphandlingar/avtal.",
          ],
          resultat: [
            "Flera bevis finns för att leverantören skyddar informationen tillräckligt enligt KRT.",
            "Det innebär att beställaren eller tredje part följer upp leverantören uppfyller ställda krav.",
            "Några mål finns.",
          ],
          folja_upp: [
            "Följer upp resultat av enstaka tjänster.",
            "Identifierar nya risker.",
            "Förbättrar arbetsätten för hela upphandlingsprocessen för att bli en bättre beställare.",
          ],
        },
      },
      {
        level: 4,
        title: "Dialog med leverantör",
        aspects: {
          kannetecken: [
            "Dialog med leverantör",
          ],
          arbetssatt: [
            "Tydliga arbetsätt för hur infosäk ska beaktas i upphandlingsprocessen.",
            "Har standardiserade krav som ger stöd i hela processen.",
          ],
          tillampning: [
            "Infosäkkompetens säkerställs i upphandlingsprocessens alla relevanta processer och situationer.",
            "Tillämpar standardiserade arbetsätten för uppföljning av leverantören utifrån risker.",
          ],
          resultat: [
            "Bevis finns att leveranserna i avtalen bidrar till verksamhetens mål.",
            "Nya risker hanteras och följs upp över tid.",
          ],
          folja_upp: [
            "Följer upp resultat, nya risker hanteras och förbättrar ständigt utifrån info säkerhet.",
            "Utvärderar genomförda upphandlingar, lär och förbättrar processen.",
          ],
        },
      },
    ],
  },
  kompetens: {
    key: "kompetens",
    name: "Kompetens",
    shortName: "Kompetens",
    intro: [],
    subProcesses: [],
    subProcessDetails: [],
    aspectRowLabels: {
      kannetecken: "Kännetecken kultur",
      arbetssatt: "Arbetsätt",
      tillampning: "Tillämpning",
      resultat: "Resultat",
      folja_upp: "Följa upp, lära och förbättra",
    },
    levels: [
      {
        level: 1,
        title: "Okunnig",
        aspects: {
          kannetecken: [
            "Okunnig",
          ],
          arbetssatt: [
            "Inga utbildningar finns framtagna.",
            "Köper in.",
          ],
          tillampning: [
            "Informerar om viktiga områden vid behov.",
            "Enstaka utbildningar genomförs, köps in.",
          ],
          resultat: [
            "Nöjd med att utbildningen är genomförd.",
          ],
          folja_upp: [
            "Pratar, vi borde göra detta regelbundet.",
          ],
        },
      },
      {
        level: 2,
        title: "Informerad",
        aspects: {
          kannetecken: [
            "Informerad",
          ],
          arbetssatt: [
            "Enstaka arbetsätt för utbildning och träning finns.",
          ],
          tillampning: [
            "Insikt finns om utbildningsbehov.",
            "Enkla standardutbildning genomförs ex nyanställda.",
            "Utbildningsplanen följs inte eller ändras ofta.",
            "Få personer kan utbilda.",
          ],
          resultat: [
            "Effekten är oklar.",
            "Resultaten har fokus på antalet att utbildningstillfällen ökar.",
          ],
          folja_upp: [
            "Följer upp hur utbildningarnas praktiska delar, för att underlätta att flera ska gå utbildningen.",
          ],
        },
      },
      {
        level: 3,
        title: "Engagerad",
        aspects: {
          kannetecken: [
            "Engagerad",
          ],
          arbetssatt: [
            "Mestadels genomtänkta arbetsätt för att utbilda olika målgrupper.",
            "I huvudsak logiska och samordnade ex utgår i huvudsak från verksamhetens krav och behov.",
          ],
          tillampning: [
            "Genomför olika standardutbildningar regelbundet enligt plan.",
            "Använder olika former för eller metoder kompetenshöjande insatser.",
            "Flera kan utbilda.",
          ],
          resultat: [
            "Resultaten har fokus på att mäta antal deltagande, målgrupper.",
            "Enstaka resultat finns på effekt.",
          ],
          folja_upp: [
            "Följer upp och analyserar utbildningsprocessen utifrån målgruppernas synpunkter och behov.",
            "Förbättrar genomförs för att öka utbildningseffekt.",
          ],
        },
      },
      {
        level: 4,
        title: "Motiverad",
        aspects: {
          kannetecken: [
            "Motiverad",
          ],
          arbetssatt: [
            "Arbetsätten för utbildning och träning sker enligt plan och utifrån identifierade behov.",
          ],
          tillampning: [
            "Olika metoder för kompetensutveckling används.",
            "Utbildning och träning genomförs i alla relevanta processer.",
            "Inget personberoende.",
          ],
          resultat: [
            "Mäter och följer upp både deltagande och effekt.",
            "Positiva trender och ökad säkerhet i verksamheten.",
          ],
          folja_upp: [
            "Följer upp och förbättrar utbildningsprocessen utifrån verksamhetens behov och för att nå målen.",
          ],
        },
      },
    ],
  },
  uppfoljning: {
    key: "uppfoljning",
    name: "Uppföljning",
    shortName: "Uppföljning",
    intro: [],
    subProcesses: [
      "Behov",
      "Planera",
      "Genomföra",
      "Följa upp",
      "Förbättra",
    ],
    subProcessDetails: [
      {
        name: "Behov",
        items: [
          "Vilka processer och arbetssätt bör följas upp utifrån risk och mål?",
          "Hur?",
          "Vad? Omfattning",
          "När? Frekvens revisionsplaner",
        ],
      },
      {
        name: "Planera",
        items: [
          "Resurser/utbilda",
          "Utforma underlag",
          "Utforma detaljerad plan",
          "Kommunicera",
        ],
      },
      {
        name: "Genomföra",
        items: [
          "Genomföra planen",
          "Resurser, kompetens",
          "Planera och kommunicera",
          "Samla in information, efterarbete, dokumentera",
        ],
      },
      {
        name: "Följa upp",
        items: [
          "Sammanställa resultat, erfarenheter",
          "Analysera resultatet",
          "Rapporter och kommunicera resultaten till berörda/ledning",
        ],
      },
      {
        name: "Förbättra",
        items: [
          "Analysera processens alla delar och förbättra",
          "Beslut om ev justera och förbättra arbetssätten för vad, när, hur uppföljningen ska göras",
          "Kommunikationen till berörda",
        ],
      },
    ],
    aspectRowLabels: {
      kannetecken: "Kultur, kännetecken",
      arbetssatt: "Arbetsätt",
      tillampning: "Tillämpning",
      resultat: "Resultat",
      folja_upp: "Följa upp, lära och förbättra",
    },
    levels: [
      {
        level: 1,
        title: "Utan spaning ingen aning",
        aspects: {
          kannetecken: [
            "Utan spaning ingen aning",
          ],
          arbetssatt: [
            "Saknar arbetsätt för uppföljning förutom enstaka viktiga egenkontroller.",
          ],
          tillampning: [
            "Enstaka egenkontroller genomförs.",
            "I övrigt utifrån egna personers initiativ.",
            "Granskningar köps in eller genomförs av en=personberoende.",
          ],
          resultat: [
            "Enstaka rapporter kan sammanställas men inga specifika resultat finns.",
          ],
          folja_upp: [
            "Egenkontroller diskuteras och större problem fixas till på enklaste sätt.",
          ],
        },
      },
      {
        level: 2,
        title: "Göra saker",
        aspects: {
          kannetecken: [
            "Göra saker",
          ],
          arbetssatt: [
            "Några olika arbetsätt för uppföljning finns men de brister i samordning och systematik.",
            "Har enstaka planer för uppföljning.",
          ],
          tillampning: [
            "Planerna genomförs inte alltid.",
            "Enstaka internrevisioner, eller granskningar görs, men brister i efterarbetet.",
            "Kompetens och resurserbrist.",
          ],
          resultat: [
            "Enstaka resultat sammanställs men oklart om resultatet ger bättre informationssäkerhet.",
            "Har fokus på att vi GÖR uppföljning och följa planen.",
          ],
          folja_upp: [
            "Följer upp några arbetsätten vissa resultat av uppföljningen som leder till enstaka förbättringar.",
          ],
        },
      },
      {
        level: 3,
        title: "Göra rätt saker",
        aspects: {
          kannetecken: [
            "Göra rätt saker",
          ],
          arbetssatt: [
            "Medvetet valda arbetsätt uppföljning finns som delvis stödjer verksamhetens utveckling.",
            "Utgår inte fullt från risker/behov/krav.",
          ],
          tillampning: [
            "Genomför planerad uppföljning, ex internrevisioner och använder och analyserar resultatet.",
            "Ledningen efterfrågar info.",
            "Högt engagemang.",
            "Planerar för resurser.",
          ],
          resultat: [
            "Uppföljningen visar flera resultat, enstaka positiva resultat, men oklart om de stödjer verksamhetens mål.",
            "Har fokus på har vi fått med allt i uppföljningen?!",
            "Uppföljningen visar flera bevis på hur infosäkarbetet går på olika nivåer",
          ],
          folja_upp: [
            "Arbetsätten för uppföljning följs huvudsakligen upp och förbättringar/justeringar görs delvis utifrån verksamhetens behov risker.",
          ],
        },
      },
      {
        level: 4,
        title: "Göra rätt saker på rätt sätt",
        aspects: {
          kannetecken: [
            "Göra rätt saker på rätt sätt",
          ],
          arbetssatt: [
            "Tydlig medvetet valda arbetsätt för uppföljning.",
            "De är väl samordnade och stödjer verksamhetens mål.",
            "De utgår från risker/behov/krav.",
          ],
          tillampning: [
            "Uppföljning sker på alla nivåer och processer av vikt.",
            "Delaktig och drivande ledning.",
            "Kompetens och resurser planeras.",
          ],
          resultat: [
            "Uppföljningen visar flertalet positiva resultat över tid.",
            "Uppföljningen visar flera bevis på hur infosäkarbetet utvecklas och att det stödjer verksamhetens mål.",
          ],
          folja_upp: [
            "Arbetsätten för uppföljning följa upp och justeras agilt=snabba reaktioner, utifrån verksamhetens utveckling, risker, mål- och handlingsplaner.",
            "Förbättringar görs för att effektivisera uppföljningen.",
          ],
        },
      },
    ],
  },
};

/** MSB:s perspektiv i den ordning MSB presenterar dem. */
export const MSB_PERSPECTIVE_LIST: MsbPerspective[] = PERSPECTIVE_KEYS.map((key) => MSB_PERSPECTIVES[key]);

/** Textutdraget anger inget utgivningsår; titeln är "Uppföljning med Mognadsdialogen". */
export const MSB_ATTRIBUTION = "Källa: MSB, Uppföljning med Mognadsdialogen.";
