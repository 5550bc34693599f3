import { randomUUID } from "node:crypto";
import { daysAgo, DEMO_ORG_UNITS, type DemoContext } from "../demo/context";

const FIRST = ["Anna", "Erik", "Maria", "Lars", "Karin", "Johan", "Eva", "Per", "Sara", "Ali", "Fatima", "Mikael", "Lena", "Omar", "Ingrid", "Jonas"];
const LAST = ["Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson", "Olsson", "Persson", "Svensson", "Gustafsson", "Hassan", "Lindberg"];
const PEOPLE = 300;

/**
 * Exempelkommunen's staff (300 people across the units), a yearly basic course, a new-staff course,
 * a managers' course, three phishing rounds and two knowledge surveys a year apart. Everything is
 * written with createMany so the demo loads in a moment. Coverage is mixed on purpose: most are
 * current, some due soon, some overdue, and a few new starters are late with the introduction.
 */
export async function seedCompetenceDemo(ctx: DemoContext): Promise<void> {
  const { tx, organizationId, now, users } = ctx;
  const units = DEMO_ORG_UNITS.map((name) => ctx.orgUnits[name]).filter((id): id is string => !!id);
  const training = (title: string, data: { kind: string } & Record<string, unknown>) => ({ id: randomUUID(), organizationId, title, status: "active", ownerId: users.ciso, ...data });
  const basic = training("Grundutbildning i informationssäkerhet", { kind: "e_learning", mandatory: true, recurrenceMonths: 12, targetGroups: ["all_staff"], knowledgeAreas: ["what_and_why", "rules", "threats_risks", "incident_response"], description: "Årlig e-utbildning för all personal." });
  const intro = training("Introduktion för nyanställda", { kind: "micro_learning", mandatory: true, newStaffWithinDays: 30, targetGroups: ["new_staff"], knowledgeAreas: ["what_and_why", "support_tools"] });
  const managers = training("Informationssäkerhet för chefer", { kind: "workshop", mandatory: true, recurrenceMonths: 24, targetGroups: ["managers"], knowledgeAreas: ["rules", "threats_risks"] });
  const phishing = training("Phishingövning", { kind: "phishing_exercise", targetGroups: ["all_staff"], knowledgeAreas: ["threats_risks"] });
  await tx.training.createMany({ data: [basic, intro, managers, phishing] });

  const people = Array.from({ length: PEOPLE }, (_, i) => ({
    id: randomUUID(),
    organizationId,
    name: `${FIRST[i % FIRST.length]} ${LAST[(i * 7) % LAST.length]}`,
    email: `person${i + 1}@exempelkommunen.se`,
    employeeNumber: String(10001 + i),
    orgUnitId: units.length ? units[i % units.length] : null,
    targetGroups: i % 15 === 0 ? ["managers"] : i % 23 === 0 ? ["it"] : [],
    // Every 25th person started within the last two months: the new starters.
    startedAt: i % 25 === 0 ? daysAgo(now, 10 + (i % 50)) : daysAgo(now, 400 + i * 5),
  }));
  await tx.person.createMany({ data: people });

  const records = people.flatMap((person, i) => {
    const rows: { id: string; organizationId: string; personId: string; trainingId: string; completedAt: Date; source: string; score: number }[] = [];
    const add = (trainingId: string, days: number) => rows.push({ id: randomUUID(), organizationId, personId: person.id, trainingId, completedAt: daysAgo(now, days), source: "import", score: 60 + (i % 40) });
    // The basic course: nine in ten have done it, spread over 14 months so some are overdue or due soon.
    if (i % 10 !== 9) add(basic.id, (i * 13) % 425);
    if (i % 25 === 0 && i % 50 === 0) add(intro.id, 5);
    if (person.targetGroups.includes("managers") && i % 2 === 0) add(managers.id, 200);
    return rows;
  });
  await tx.trainingRecord.createMany({ data: records });

  const round = (days: number, clicked: number, reported: number) => ({ organizationId, trainingId: phishing.id, sentAt: daysAgo(now, days), recipients: PEOPLE, clicked, reported });
  await tx.phishingRound.createMany({ data: [round(330, 72, 24), round(180, 45, 60), round(40, 27, 96)] });

  await tx.knowledgeSurvey.createMany({
    data: [
      { organizationId, title: "Kunskapskartläggning 2025", conductedAt: daysAgo(now, 420), method: "questionnaire", areas: ["what_and_why", "rules", "threats_risks"], orgUnitIds: units, invited: PEOPLE, responded: 184, results: [{ area: "what_and_why", score: 72 }, { area: "rules", score: 48 }, { area: "threats_risks", score: 61 }] },
      { organizationId, title: "Kunskapskartläggning 2026", conductedAt: daysAgo(now, 55), method: "test", areas: ["what_and_why", "rules", "threats_risks", "incident_response"], orgUnitIds: units, invited: PEOPLE, responded: 211, results: [{ area: "what_and_why", score: 78 }, { area: "rules", score: 57 }, { area: "threats_risks", score: 70 }, { area: "incident_response", score: 52 }] },
    ],
  });
}
