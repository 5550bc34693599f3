import type { ObligationKind, PersonalDataAnswer } from "./schema";

export type DemoReporter = "reporter" | "informationOwner" | "informationOwner2" | "ciso" | "auditor";

export interface DemoIncident {
  key: string;
  title: string;
  description: string;
  occurredDaysAgo: number;
  /** Hours from occurrence to detection. */
  detectedAfterHours: number;
  reporter: DemoReporter;
  categories: string[];
  /** Asset names from the assets demo; missing ones are skipped. */
  assets: string[];
  personalData: PersonalDataAnswer;
  severity: number | null;
  impact?: ("confidentiality" | "integrity" | "availability" | "traceability")[];
  status: "reported" | "triaged" | "investigating" | "resolved" | "closed";
  /** Risk titles from the risks demo; missing ones are skipped. */
  risks?: string[];
  repeatOf?: string;
  rootCause?: string;
  lessonsLearned?: string;
  closedAfterDays?: number;
  /** Hours after detection each report was made, with the authority's reference. */
  reports?: Partial<Record<ObligationKind, [hours: number, reference: string]>>;
  actions?: { title: string; dueAfterDays: number; status: "planned" | "in_progress" | "done" }[];
}

const RISK = {
  phishing: "Nätfiske leder till kapade e-postkonton",
  ransomware: "Utpressningsvirus krypterar servrar och säkerhetskopior",
  access: "Obehörig åtkomst via inaktuella behörigheter",
  firewall: "Felkonfiguration vid ändringar i brandväggen",
  mailProvider: "Avbrott hos leverantören av e-posttjänsten",
  payments: "Felaktiga utbetalningar av ekonomiskt bistånd",
  nightJournal: "Journaluppgifter otillgängliga nattetid i hemsjukvården",
  unencrypted: "Känsliga uppgifter skickas med okrypterad e-post",
  phone: "Borttappad tjänstetelefon med journalåtkomst",
  printouts: "Utskrifter lämnas kvar i gemensamma skrivare",
  socSystem: "Verksamhetssystemet otillgängligt vid avbrott hos leverantören",
  passwords: "Lösenord som återanvänds läcker i externa dataintrång",
};

/** A year of incidents in a municipality, oldest first (references are numbered in this order). */
export const DEMO_INCIDENTS: DemoIncident[] = [
  {
    key: "phish1", title: "Nätfiskemejl ledde till kapat e-postkonto", occurredDaysAgo: 352, detectedAfterHours: 5, reporter: "reporter",
    description: "En handläggare loggade in på en falsk inloggningssida. Kontot skickade sedan bedrägerimejl till 400 mottagare innan det spärrades.",
    categories: ["attack"], assets: ["E-post och kalender"], personalData: "no", severity: 3, impact: ["confidentiality", "integrity"], status: "closed",
    risks: [RISK.phishing], closedAfterDays: 21, rootCause: "Inloggning till e-posten krävde bara lösenord; ingen varning för externa avsändare.",
    lessonsLearned: "Flerfaktorsinloggning behövs för alla konton, inte bara för IT.",
    reports: { nis2_early_warning: [18, "CERT-SE 2025-0412"], nis2_notification: [60, "CERT-SE 2025-0412"], nis2_final_report: [600, "CERT-SE 2025-0412"] },
    actions: [{ title: "Varningsetikett för e-post från externa avsändare", dueAfterDays: 30, status: "done" }],
  },
  {
    key: "power", title: "Strömavbrott i kommunhuset – serverhallen gick på UPS", occurredDaysAgo: 331, detectedAfterHours: 0.2, reporter: "ciso",
    description: "Elnätsbolagets avbrott varade 50 minuter. UPS:en höll men larmet nådde ingen i driftjouren.",
    categories: ["critical_infrastructure", "operating_environment"], assets: ["Serverhall kommunhuset"], personalData: "no", severity: 2, impact: ["availability"],
    status: "closed", closedAfterDays: 9, rootCause: "Larmet från UPS:en var kopplat till en nedlagd funktionsbrevlåda.",
  },
  {
    key: "printout", title: "Utskrift med personuppgifter kvar i skrivare", occurredDaysAgo: 301, detectedAfterHours: 2, reporter: "reporter",
    description: "En lista över brukare i hemtjänsten låg kvar i skrivaren på plan 3. Den hämtades av en kollega och makulerades.",
    categories: ["information_loss", "human_error"], assets: [], personalData: "no", severity: 1, status: "closed", risks: [RISK.printouts], closedAfterDays: 3,
  },
  {
    key: "disk1", title: "Full disk stoppade ekonomisystemet", occurredDaysAgo: 279, detectedAfterHours: 1, reporter: "informationOwner2",
    description: "Databasservern för ekonomisystemet fick slut på diskutrymme under bokslutskörningen.",
    categories: ["hardware_software"], assets: ["Ekonomisystem"], personalData: "no", severity: 2, impact: ["availability"], status: "closed",
    closedAfterDays: 6, rootCause: "Ingen övervakning av diskutrymme på databasservern.",
    actions: [{ title: "Inför larm för diskutrymme på alla databasservrar", dueAfterDays: 20, status: "done" }],
  },
  {
    key: "phish2", title: "VD-bedrägeri mot ekonomiavdelningen", occurredDaysAgo: 251, detectedAfterHours: 3, reporter: "informationOwner2",
    description: "Ett mejl i kommundirektörens namn begärde en brådskande betalning till ett utländskt konto. Ekonomen ringde och kontrollerade.",
    categories: ["attack"], assets: ["E-post och kalender", "Ekonomisystem"], personalData: "no", severity: 2, status: "closed", repeatOf: "phish1",
    risks: [RISK.phishing], closedAfterDays: 5, rootCause: "Avsändaradressen förfalskades; mottagaren varnades inte för extern avsändare på mobilen.",
  },
  {
    key: "firewall", title: "Brandväggsregel stängde e-tjänsten för bygglov", occurredDaysAgo: 222, detectedAfterHours: 14, reporter: "reporter",
    description: "Efter en ändring i brandväggen nådde medborgarna inte e-tjänsten för bygglov under en helg.",
    categories: ["operating_environment", "human_error"], assets: ["E-tjänsteplattform bygglov"], personalData: "no", severity: 2, impact: ["availability"],
    status: "closed", risks: [RISK.firewall], closedAfterDays: 8, rootCause: "Ändringen gjordes utan granskning och utan test.",
    lessonsLearned: "Alla brandväggsändringar granskas av en andra person.",
  },
  {
    key: "night", title: "Journalen otillgänglig nattetid i hemsjukvården", occurredDaysAgo: 189, detectedAfterHours: 1, reporter: "informationOwner",
    description: "Nattsjuksköterskorna kunde inte nå journalen i tre timmar efter att VPN-tjänsten startats om.",
    categories: ["access_denied"], assets: ["Journaler hälso- och sjukvård (HSL)", "Verksamhetssystem socialtjänst"], personalData: "no", severity: 3,
    impact: ["availability"], status: "closed", risks: [RISK.nightJournal], closedAfterDays: 30,
    rootCause: "Omstarten av VPN-tjänsten planerades utan hänsyn till verksamhet dygnet runt.",
    reports: { nis2_early_warning: [20, "CERT-SE 2025-1093"], nis2_notification: [80, "CERT-SE 2025-1093"], nis2_final_report: [700, "CERT-SE 2025-1093"] },
    actions: [{ title: "Reservrutin med utskrivna läkemedelslistor nattetid", dueAfterDays: 14, status: "done" }],
  },
  {
    key: "wrongRecipient", title: "E-post med personnummer skickad till fel mottagare", occurredDaysAgo: 168, detectedAfterHours: 4, reporter: "reporter",
    description: "Ett utredningsunderlag om ett barn skickades till en extern mottagare med liknande namn. Mottagaren har bekräftat att meddelandet raderats.",
    categories: ["information_loss", "human_error"], assets: ["Personakter individ- och familjeomsorg"], personalData: "yes", severity: 2,
    impact: ["confidentiality"], status: "closed", risks: [RISK.unencrypted], closedAfterDays: 25,
    rootCause: "Autokomplettering av adresser och ingen kontroll före sändning av sekretessuppgifter.",
    lessonsLearned: "Sekretessuppgifter ska skickas via säker e-post, aldrig vanlig e-post.",
    reports: { gdpr_imy: [52, "IMY-2025-8841"] },
    actions: [
      { title: "Stäng av autokomplettering av externa adresser", dueAfterDays: 10, status: "done" },
      { title: "Utbilda IFO i säker e-post", dueAfterDays: 45, status: "done" },
    ],
  },
  {
    key: "ransom", title: "Utpressningsvirus stoppat på klientdator", occurredDaysAgo: 141, detectedAfterHours: 0.5, reporter: "ciso",
    description: "Skyddet på en klientdator stoppade ett utpressningsvirus som började kryptera filer på en nätverksdisk.",
    categories: ["attack"], assets: ["Serverhall kommunhuset", "Säkerhetskopieringstjänst"], personalData: "no", severity: 3, impact: ["availability", "integrity"],
    status: "closed", risks: [RISK.ransomware], closedAfterDays: 18, rootCause: "En makro-bilaga öppnades; makron var tillåtna för alla användare.",
    reports: { nis2_early_warning: [10, "CERT-SE 2025-1420"], nis2_notification: [70, "CERT-SE 2025-1420"], nis2_final_report: [650, "CERT-SE 2025-1420"] },
    actions: [{ title: "Blockera makron i dokument från internet", dueAfterDays: 14, status: "done" }],
  },
  {
    key: "staleAccount", title: "Konto för avslutad medarbetare fortfarande aktivt", occurredDaysAgo: 128, detectedAfterHours: 48, reporter: "auditor",
    description: "Vid internrevision hittades ett aktivt konto för en medarbetare som slutat för fyra månader sedan. Inga inloggningar efter avslutet.",
    categories: ["human_error"], assets: ["Behörighetsdata (katalogtjänst)"], personalData: "no", severity: 2, status: "resolved", risks: [RISK.access],
  },
  {
    key: "mailOutage", title: "Avbrott i e-posttjänsten i fyra timmar", occurredDaysAgo: 119, detectedAfterHours: 0.3, reporter: "reporter",
    description: "E-post och kalender var otillgängliga för alla medarbetare under förmiddagen.",
    categories: ["hardware_software", "access_denied"], assets: ["E-post och kalender"], personalData: "no", severity: 2, impact: ["availability"],
    status: "closed", risks: [RISK.mailProvider], closedAfterDays: 4, rootCause: "Leverantörens certifikat hade gått ut.",
  },
  {
    key: "phish3", title: "Medarbetare lämnade ut lösenord på falsk sida", occurredDaysAgo: 101, detectedAfterHours: 6, reporter: "informationOwner",
    description: "En medarbetare i skolan angav sitt lösenord på en sida som liknade kommunens inloggning. Flerfaktorsinloggningen stoppade angriparen.",
    categories: ["attack"], assets: ["E-post och kalender"], personalData: "no", severity: 2, status: "closed", repeatOf: "phish1", risks: [RISK.phishing],
    closedAfterDays: 3, rootCause: "Nätfiskeövningen hade ännu inte nått skolans personal.",
  },
  {
    key: "vuln", title: "Kritisk sårbarhet i e-tjänsteplattformen", occurredDaysAgo: 86, detectedAfterHours: 20, reporter: "ciso",
    description: "Leverantören meddelade en sårbarhet som kan ge obehörig åtkomst till inskickade ansökningar. Uppdatering väntar på test.",
    categories: ["product_vulnerability"], assets: ["E-tjänsteplattform bygglov"], personalData: "no", severity: 2, status: "investigating",
    actions: [{ title: "Installera leverantörens säkerhetsuppdatering", dueAfterDays: 30, status: "in_progress" }],
  },
  {
    key: "payment", title: "Dubbel utbetalning av försörjningsstöd", occurredDaysAgo: 68, detectedAfterHours: 72, reporter: "informationOwner",
    description: "Tolv hushåll fick försörjningsstödet utbetalt två gånger efter en manuell omkörning av utbetalningsfilen.",
    categories: ["information_corruption", "human_error"], assets: ["Ekonomiskt bistånd – utbetalningsunderlag"], personalData: "no", severity: 2,
    impact: ["integrity"], status: "closed", risks: [RISK.payments], closedAfterDays: 12, rootCause: "Omkörningen gjordes utan kontroll av tidigare körning.",
  },
  {
    key: "phone", title: "Tjänstetelefon borttappad i hemtjänsten", occurredDaysAgo: 54, detectedAfterHours: 3, reporter: "reporter",
    description: "En tjänstetelefon med åtkomst till journalen tappades bort under ett hembesök. Telefonen var krypterad och fjärrraderades samma dag.",
    categories: ["information_loss"], assets: ["Journaler hälso- och sjukvård (HSL)"], personalData: "no", severity: 1, status: "closed", risks: [RISK.phone],
    closedAfterDays: 2,
  },
  {
    key: "socUpgrade", title: "Verksamhetssystemet nere vid leverantörens uppgradering", occurredDaysAgo: 39, detectedAfterHours: 0.5, reporter: "informationOwner",
    description: "Leverantörens uppgradering drog ut och systemet var otillgängligt i sex timmar under dagtid.",
    categories: ["access_denied", "hardware_software"], assets: ["Verksamhetssystem socialtjänst"], personalData: "no", severity: 2, impact: ["availability"],
    status: "resolved", risks: [RISK.socSystem],
  },
  {
    key: "disk2", title: "Full disk i ekonomisystemet igen", occurredDaysAgo: 24, detectedAfterHours: 2, reporter: "informationOwner2",
    description: "Loggfiler fyllde disken på den nya databasservern, som inte omfattades av larmet från i våras.",
    categories: ["hardware_software"], assets: ["Ekonomisystem"], personalData: "no", severity: 2, impact: ["availability"], status: "investigating", repeatOf: "disk1",
  },
  {
    key: "passwordReuse", title: "Misstänkt intrång med återanvänt lösenord", occurredDaysAgo: 12, detectedAfterHours: 8, reporter: "ciso",
    description: "Inloggningar från utlandet på ett administratörskonto vars lösenord fanns i en publicerad läcka från en extern tjänst.",
    categories: ["attack"], assets: ["Behörighetsdata (katalogtjänst)"], personalData: "unknown", severity: 3, impact: ["confidentiality", "traceability"],
    status: "investigating", risks: [RISK.passwords], reports: { nis2_early_warning: [16, "CERT-SE 2026-0211"] },
  },
  {
    key: "printer", title: "Skrivare skrev ut andras dokument", occurredDaysAgo: 5, detectedAfterHours: 1, reporter: "reporter",
    description: "Skrivaren på plan 2 skrev ut dokument som skickats till en annan skrivare.",
    categories: ["other_sudden_event"], assets: [], personalData: "no", severity: 1, status: "triaged",
  },
  {
    key: "usb", title: "Okänt USB-minne hittat i personalrummet", occurredDaysAgo: 2, detectedAfterHours: 0, reporter: "reporter",
    description: "Ett USB-minne utan märkning låg på bordet i personalrummet på socialförvaltningen. Det har lämnats till IT utan att ha anslutits.",
    categories: ["other_sudden_event"], assets: [], personalData: "unknown", severity: null, status: "reported",
  },
];
