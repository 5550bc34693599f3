import { addCalendarMonths } from "../dates";
import { classificationModelSchema } from "../classification/schema";
import { daysAgo, daysAhead, type DemoContext } from "../demo/context";
import { classificationStamp, levelNamesFor, type AspectLevels } from "./rules";
import type { AssetKind } from "./schema";

type Unit = "KLF" | "SOC" | "BUF" | "SBF" | "IT";
const UNITS: Record<Unit, string> = {
  KLF: "Kommunledningsförvaltningen",
  SOC: "Socialförvaltningen",
  BUF: "Barn- och utbildningsförvaltningen",
  SBF: "Samhällsbyggnadsförvaltningen",
  IT: "IT-enheten",
};

interface DemoAsset {
  key: string;
  name: string;
  unit: Unit;
  kind: AssetKind;
  owner: 1 | 2 | null;
  /** K, R, T, S (konfidentialitet, riktighet, tillgänglighet, spårbarhet); null = not set. */
  levels?: [number | null, number | null, number | null, number | null];
  /** Days since classification (over 365 = overdue for review). */
  classifiedDaysAgo?: number;
  personal?: "personal" | "sensitive";
  description: string;
  legal?: string;
  motivation?: string;
  holds?: string[];
}

const ASSETS: DemoAsset[] = [
  { key: "elevregister", name: "Elevregister", unit: "BUF", kind: "information", owner: 1, levels: [3, 2, 2, 2], classifiedDaysAgo: 100, personal: "personal", description: "Uppgifter om elever, vårdnadshavare och placering, inklusive skyddade personuppgifter.", legal: "Skollagen, OSL 23 kap., GDPR", motivation: "Skyddade personuppgifter förekommer; röjande kan skada enskilda allvarligt." },
  { key: "elevhalsa", name: "Elevhälsojournaler", unit: "BUF", kind: "information", owner: 1, levels: [3, 3, 2, 3], classifiedDaysAgo: 410, personal: "sensitive", description: "Skolsköterskans och skolläkarens journaler.", legal: "Patientdatalagen, OSL 25 kap.", motivation: "Uppgifter om hälsa; varje åtkomst ska kunna följas upp." },
  { key: "betyg", name: "Betyg och omdömen", unit: "BUF", kind: "information", owner: 1, levels: [2, 3, 1, 2], classifiedDaysAgo: 200, personal: "personal", description: "Satta betyg, prövningar och betygskataloger.", legal: "Skollagen 3 och 15 kap." },
  { key: "schema", name: "Schemaläggning och lokalbokning", unit: "BUF", kind: "information", owner: 1, description: "Scheman för klasser och lärare samt bokning av lokaler." },
  { key: "personakter", name: "Personakter individ- och familjeomsorg", unit: "SOC", kind: "information", owner: 1, levels: [3, 3, 3, 3], classifiedDaysAgo: 60, personal: "sensitive", description: "Utredningar, beslut och journalanteckningar inom IFO.", legal: "SoL, LVU, OSL 26 kap.", motivation: "Känsliga uppgifter om utsatta barn och vuxna; felaktiga uppgifter kan leda till felaktiga beslut." },
  { key: "hsljournal", name: "Journaler hälso- och sjukvård (HSL)", unit: "SOC", kind: "information", owner: 1, levels: [3, 3, 3, 3], classifiedDaysAgo: 430, personal: "sensitive", description: "Journaler för kommunal hälso- och sjukvård i särskilt boende och hemsjukvård.", legal: "Patientdatalagen, HSL", motivation: "Tillgänglighet dygnet runt krävs för patientsäkerheten." },
  { key: "bistand", name: "Ekonomiskt bistånd – utbetalningsunderlag", unit: "SOC", kind: "information", owner: 1, levels: [2, 3, 2, 2], classifiedDaysAgo: 30, personal: "personal", description: "Beslut och underlag för utbetalning av försörjningsstöd.", legal: "SoL 4 kap." },
  { key: "diarium", name: "Diarium och ärendeakter", unit: "KLF", kind: "information", owner: 2, levels: [2, 2, 2, 2], classifiedDaysAgo: 300, description: "Registrerade allmänna handlingar och ärendeakter.", legal: "TF, OSL 5 kap., arkivlagen" },
  { key: "protokoll", name: "Protokoll kommunfullmäktige och kommunstyrelse", unit: "KLF", kind: "information", owner: 2, levels: [0, 2, 1, 1], classifiedDaysAgo: 520, description: "Justerade protokoll och beslut.", legal: "Kommunallagen 5 och 6 kap." },
  { key: "lon", name: "Löneuppgifter", unit: "KLF", kind: "information", owner: 2, levels: [2, 3, 2, 2], classifiedDaysAgo: 90, personal: "personal", description: "Lön, skatt, frånvaro och utbetalningar för anställda.", motivation: "Felaktiga löneutbetalningar ger betydande skada för många." },
  { key: "reskontra", name: "Leverantörsreskontra och redovisning", unit: "KLF", kind: "information", owner: 2, levels: [1, 3, 2, 2], classifiedDaysAgo: 380, description: "Fakturor, betalningar och bokföring.", legal: "Lagen om kommunal bokföring och redovisning" },
  { key: "personalakter", name: "Personalakter", unit: "KLF", kind: "information", owner: 2, levels: [3, null, null, null], classifiedDaysAgo: 15, personal: "sensitive", description: "Anställningsavtal, rehabiliteringsärenden och sjukfrånvaro.", motivation: "Uppgifter om hälsa i rehabiliteringsärenden." },
  { key: "krisplaner", name: "Skyddsobjekt och krisberedskapsplaner", unit: "KLF", kind: "information", owner: 2, levels: [4, 3, 3, 3], classifiedDaysAgo: 45, description: "Planering för höjd beredskap och uppgifter om skyddsobjekt.", legal: "Säkerhetsskyddslagen", motivation: "Säkerhetsskyddsklassificerade uppgifter; hanteras enligt separat säkerhetsskyddsanalys." },
  { key: "bygglov", name: "Bygglovsärenden", unit: "SBF", kind: "information", owner: 2, levels: [1, 2, 1, 1], classifiedDaysAgo: 150, personal: "personal", description: "Ansökningar, ritningar och beslut om bygglov.", legal: "PBL" },
  { key: "geodata", name: "Geodata och baskarta", unit: "SBF", kind: "information", owner: 2, levels: [0, 2, 1, 0], classifiedDaysAgo: 700, description: "Baskarta, adresser och fastighetsgränser." },
  { key: "felanmalan", name: "Felanmälningar gata och park", unit: "SBF", kind: "information", owner: null, description: "Medborgarnas felanmälningar via e-tjänst." },
  { key: "behorighet", name: "Behörighetsdata (katalogtjänst)", unit: "IT", kind: "information", owner: 2, levels: [2, 3, 3, 3], classifiedDaysAgo: 20, description: "Användarkonton, grupper och behörigheter." },
  { key: "elevsystem", name: "Elevadministrationssystem", unit: "BUF", kind: "system", owner: 1, levels: [3, 2, 2, 2], classifiedDaysAgo: 95, description: "Verksamhetssystem för elevregistrering, betyg och schema.", holds: ["elevregister", "betyg", "schema"] },
  { key: "socsystem", name: "Verksamhetssystem socialtjänst", unit: "SOC", kind: "system", owner: 1, levels: [3, 3, 3, 3], classifiedDaysAgo: 55, description: "Procapita-liknande system för IFO, äldreomsorg och HSL-journal.", holds: ["personakter", "hsljournal", "bistand"] },
  { key: "ekonomisystem", name: "Ekonomisystem", unit: "KLF", kind: "system", owner: 2, levels: [2, 3, 2, 2], classifiedDaysAgo: 370, description: "Redovisning, leverantörsreskontra och budget.", holds: ["reskontra"] },
  { key: "lonesystem", name: "Lönesystem", unit: "KLF", kind: "system", owner: 2, levels: [2, 2, 2, 2], classifiedDaysAgo: 240, description: "Lönehantering och personaladministration.", holds: ["lon", "personalakter"] },
  { key: "arendesystem", name: "Ärendehanteringssystem (diariet)", unit: "KLF", kind: "system", owner: 2, description: "Diarieföring och ärendehantering för hela kommunen.", holds: ["diarium", "protokoll"] },
  { key: "epost", name: "E-post och kalender", unit: "IT", kind: "service", owner: 2, levels: [2, 2, 3, 2], classifiedDaysAgo: 120, description: "Molnbaserad e-post och kalender för alla medarbetare." },
  { key: "etjanst", name: "E-tjänsteplattform bygglov", unit: "SBF", kind: "service", owner: 2, levels: [1, 2, 2, 1], classifiedDaysAgo: 140, description: "E-tjänst för ansökan om bygglov.", holds: ["bygglov"] },
  { key: "serverhall", name: "Serverhall kommunhuset", unit: "IT", kind: "physical", owner: 2, levels: [2, 2, 3, 1], classifiedDaysAgo: 390, description: "Serverhall med kommunens lokala drift." },
  { key: "backup", name: "Säkerhetskopieringstjänst", unit: "IT", kind: "service", owner: null, description: "Säkerhetskopiering av servrar och verksamhetssystem." },
];

const REQUIREMENTS = [
  ["ADM-01", "Behörighetsstyrning efter behov", "administrative", "confidentiality", 1, "Behörigheter tilldelas efter arbetsuppgift och dras in när de inte längre behövs."],
  ["ADM-02", "Årlig behörighetsgenomgång", "administrative", "confidentiality", 2, "Informationsägaren går igenom behörigheterna minst en gång per år."],
  ["ADM-03", "Kontinuitetsplan", "administrative", "availability", 2, "Reservrutiner finns och övas för avbrott i systemet."],
  ["TEK-01", "Flerfaktorsautentisering (MFA)", "technical", "confidentiality", 2, "Inloggning kräver minst två faktorer."],
  ["TEK-02", "Kryptering vid överföring och lagring", "technical", "confidentiality", 3, "Informationen krypteras i transit (TLS 1.2+) och i vila."],
  ["TEK-03", "Loggning av åtkomst och ändringar", "technical", "traceability", 2, "Läsning och ändring loggas och loggarna följs upp."],
  ["TEK-04", "Säkerhetskopiering med återläsningstest", "technical", "availability", 2, "Daglig säkerhetskopiering; återläsning testas minst årligen."],
  ["TEK-05", "Redundant drift", "technical", "availability", 3, "Ingen enskild felpunkt; återstart inom fyra timmar."],
  ["TEK-06", "Indatakontroll och ändringshantering", "technical", "integrity", 2, "Indata valideras och ändringar i systemet går via ändringshantering."],
  ["FYS-01", "Fysiskt skalskydd", "physical", "confidentiality", 2, "Utrustning och arkiv i låsta utrymmen med passerkontroll."],
  ["FYS-02", "Reservkraft", "physical", "availability", 3, "UPS och reservkraft för driftmiljön."],
] as const;

/** Exempelkommunen's information assets, their classification history and a security requirements catalogue. */
export async function seedAssetsDemo(ctx: DemoContext): Promise<void> {
  const { tx, organizationId, now } = ctx;
  const model = classificationModelSchema.parse({});
  const ids = new Map<string, string>();
  const owners = { 1: ctx.users.informationOwner, 2: ctx.users.informationOwner2 };
  for (const asset of ASSETS) {
    const ownerId = asset.owner ? owners[asset.owner] : null;
    const [confidentiality, integrity, availability, traceability] = asset.levels ?? [null, null, null, null];
    const levels: AspectLevels = { confidentiality, integrity, availability, traceability };
    const at = daysAgo(now, asset.classifiedDaysAgo ?? 0);
    const classifier = ownerId ?? ctx.users.ciso;
    const row = await tx.asset.create({
      data: {
        organizationId,
        name: asset.name,
        description: asset.description,
        orgUnitId: ctx.orgUnits[UNITS[asset.unit]],
        ownerId,
        kind: asset.kind,
        ...levels,
        ...classificationStamp(levels, model, classifier, at),
        personalData: asset.personal !== undefined,
        sensitivePersonalData: asset.personal === "sensitive",
        legalRequirements: asset.legal ?? null,
        createdAt: daysAgo(now, (asset.classifiedDaysAgo ?? 10) + 30),
      },
    });
    ids.set(asset.key, row.id);
    if (asset.levels) {
      const motivations = asset.motivation ? { confidentiality: asset.motivation } : {};
      await tx.assetClassification.create({
        data: { organizationId, assetId: row.id, kind: "classified", ...levels, motivations, levelNames: levelNamesFor(levels, model), classifiedById: classifier, classifiedAt: at },
      });
    }
  }
  for (const asset of ASSETS) {
    for (const held of asset.holds ?? []) await tx.assetLink.create({ data: { holderId: ids.get(asset.key)!, heldId: ids.get(held)! } });
  }
  await seedHistory(ctx, ids);
  await seedRequirements(ctx, ids);
}

/** An earlier classification and a "reviewed, no change", so the history has something to show. */
async function seedHistory(ctx: DemoContext, ids: Map<string, string>): Promise<void> {
  const { tx, organizationId, now } = ctx;
  const model = classificationModelSchema.parse({});
  const earlier: AspectLevels = { confidentiality: 2, integrity: 2, availability: 2, traceability: 2 };
  await tx.assetClassification.create({
    data: { organizationId, assetId: ids.get("personakter")!, kind: "classified", ...earlier, motivations: { confidentiality: "Första klassningen, före översynen av IFO:s processer." }, levelNames: levelNamesFor(earlier, model), classifiedById: ctx.users.informationOwner, classifiedAt: daysAgo(now, 480) },
  });
  const reviewedAt = daysAgo(now, 10);
  const diarium: AspectLevels = { confidentiality: 2, integrity: 2, availability: 2, traceability: 2 };
  await tx.assetClassification.create({
    data: { organizationId, assetId: ids.get("diarium")!, kind: "reviewed", ...diarium, levelNames: levelNamesFor(diarium, model), classifiedById: ctx.users.informationOwner2, classifiedAt: reviewedAt },
  });
  await tx.asset.update({ where: { id: ids.get("diarium")! }, data: { reviewDueAt: addCalendarMonths(reviewedAt, model.reviewIntervalMonths) } });
}

async function seedRequirements(ctx: DemoContext, ids: Map<string, string>): Promise<void> {
  const { tx, organizationId, now } = ctx;
  const requirementIds = new Map<string, string>();
  for (const [code, title, category, aspect, minLevel, description] of REQUIREMENTS) {
    const row = await tx.securityRequirement.create({ data: { organizationId, code, title, category, aspect, minLevel, description } });
    requirementIds.set(code, row.id);
  }
  const statuses: [string, string, "met" | "partly" | "not_met", string | null][] = [
    ["socsystem", "TEK-01", "met", "SITHS-kort för all inloggning."],
    ["socsystem", "TEK-02", "partly", "Kryptering i vila saknas för bilagor."],
    ["socsystem", "TEK-03", "met", "Loggar följs upp månadsvis av systemförvaltningen."],
    ["socsystem", "TEK-04", "met", null],
    ["lonesystem", "TEK-01", "not_met", "Inloggning med enbart lösenord."],
    ["lonesystem", "ADM-02", "partly", "Genomgång gjord för HR men inte för chefer."],
    ["elevsystem", "TEK-01", "met", null],
    ["elevsystem", "FYS-01", "met", "Driftas i leverantörens datacenter."],
  ];
  for (const [asset, code, status, note] of statuses) {
    await tx.assetRequirementStatus.create({ data: { assetId: ids.get(asset)!, requirementId: requirementIds.get(code)!, status, note } });
  }
  await tx.action.create({
    data: {
      organizationId,
      title: "Inför flerfaktorsautentisering i lönesystemet",
      description: "Brist mot skyddskrav TEK-01 (MFA) för Lönesystem.",
      ownerId: ctx.users.informationOwner2,
      dueAt: daysAhead(now, 60),
      status: "planned",
      sourceType: "asset",
      sourceId: ids.get("lonesystem")!,
      createdById: ctx.users.ciso,
    },
  });
}
