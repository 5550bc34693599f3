// Times the competence register at the size of a region: 20 000 people, 200 000 training records.
//   npm run bench:competence [-- people records]
import { randomUUID } from "node:crypto";
import { benchOrganisation, DAY, fail, printSamples, random, sample, timed, withBenchDatabase, type Sample } from "./bench-support";

const PEOPLE = Number(process.argv[2] ?? 20_000);
const RECORDS = Number(process.argv[3] ?? 200_000);
const IMPORTED = 50_000;
const RUNS = 15;
const UNITS = Array.from({ length: 40 }, (_, i) => `Enhet ${String(i + 1).padStart(2, "0")}`);
const GROUPS = [[], [], [], ["managers"], ["it"], ["information_owners"]];

async function run() {
  const { db } = await import("../lib/db/client");
  const { getCoverage, listOverdue } = await import("../lib/competence/coverage");
  const { competenceIndicators } = await import("../lib/competence/indicators");
  const { listPeople } = await import("../lib/competence/queries");
  const { personTrainings } = await import("../lib/competence/person-trainings");
  const { personListQuerySchema } = await import("../lib/competence/schema");
  const { importRecordBytes } = await import("../lib/competence/records-import");
  const { trainingWork } = await import("../lib/competence/work");
  const { insertRecords } = await import("../lib/competence/bulk-insert");

  process.stdout.write(`Kompetens: ${PEOPLE} personer, ${RECORDS} genomföranden\n`);
  const ciso = await benchOrganisation("bench-kompetens", UNITS);
  const organizationId = ciso.organizationId;
  const units = await db.orgUnit.findMany({ where: { organizationId }, select: { id: true } });
  const rnd = random(14);
  const now = new Date();
  const trainings = ["Grundkurs", "Introduktion", "Chefskurs", "IT-säkerhet", "Dataskydd", "Incidentövning"].map((title, i) => ({
    id: randomUUID(), organizationId, title, kind: "e_learning", status: "active", mandatory: i < 4,
    recurrenceMonths: i === 1 ? null : 12 + (i % 3) * 12, newStaffWithinDays: i === 1 ? 30 : null,
    targetGroups: [["all_staff"], ["new_staff"], ["managers"], ["it"], ["all_staff"], ["all_staff"]][i],
  }));
  await db.training.createMany({ data: trainings });
  const people = Array.from({ length: PEOPLE }, (_, i) => ({
    id: randomUUID(), organizationId, name: `Person ${String(i + 1).padStart(5, "0")}`, email: `p${i + 1}@bench.se`, employeeNumber: String(100_000 + i),
    orgUnitId: rnd.pick(units).id, targetGroups: rnd.pick(GROUPS), startedAt: new Date(now.getTime() - rnd.int(5, 4000) * DAY),
  }));
  // One array parameter per column with unnest(): seconds, where createMany binds 200 000 × 7 values.
  await timed(`seed ${PEOPLE} personer (unnest)`, async () => {
    for (let i = 0; i < people.length; i += 5000) {
      const b = people.slice(i, i + 5000);
      await db.$executeRaw`INSERT INTO "Person" (id, "organizationId", name, email, "employeeNumber", "orgUnitId", "targetGroups", "startedAt", "updatedAt")
        SELECT t.id, ${organizationId}, t.name, t.email, t.num, t.unit, string_to_array(nullif(t.groups, ''), ','), t.started::date, now()
        FROM unnest(${b.map((p) => p.id)}::text[], ${b.map((p) => p.name)}::text[], ${b.map((p) => p.email)}::text[], ${b.map((p) => p.employeeNumber)}::text[],
          ${b.map((p) => p.orgUnitId)}::text[], ${b.map((p) => p.targetGroups.join(","))}::text[], ${b.map((p) => p.startedAt.toISOString().slice(0, 10))}::text[])
          AS t(id, name, email, num, unit, groups, started)`;
    }
  });
  const records = Array.from({ length: RECORDS }, () => ({
    id: randomUUID(), organizationId, personId: rnd.pick(people).id, trainingId: rnd.pick(trainings).id,
    completedAt: new Date(now.getTime() - rnd.int(1, 900) * DAY), score: null, passed: null, source: "import",
  }));
  await timed(`seed ${RECORDS} genomföranden (unnest)`, () => db.$transaction((tx) => insertRecords(tx, records, now, { actor: ciso, action: "import" }), { timeout: 600_000 }));
  await db.$executeRawUnsafe(`ANALYZE "Person", "TrainingRecord", "Training"`);

  const window = { from: new Date(now.getTime() - 730 * DAY), to: now };
  const unitId = units[0].id;
  const someone = people[123].id;
  const cases: [string, number, () => Promise<unknown>][] = [
    ["täckningssidan: per verksamhet och målgrupp", 1500, () => getCoverage(ciso, now)],
    ["indikatorer (kompetens, alla sex)", 2000, () => competenceIndicators.compute(organizationId, window)],
    ["personsök ?q=Person 0123", 200, () => listPeople(ciso, personListQuerySchema.parse({ q: "Person 0123" }))],
    ["personsök ?q=p1234@bench.se", 200, () => listPeople(ciso, personListQuerySchema.parse({ q: "p1234@bench.se" }))],
    ["personlista sida 1 (50)", 200, () => listPeople(ciso, personListQuerySchema.parse({}))],
    ["en persons utbildningar", 100, () => personTrainings(ciso, someone, now)],
    ["försenade i en verksamhet", 1500, () => listOverdue(ciso, { orgUnitId: unitId }, now)],
    ["påminnelser (dueItems)", 3000, () => trainingWork.dueItems(organizationId, now)],
  ];
  const samples: Sample[] = [];
  for (const [label, target, work] of cases) samples.push(await sample(label, target, work, RUNS, 2));
  process.stdout.write("\n");
  const misses = printSamples(samples);

  const lines = ["Anställningsnummer;Utbildning;Genomförd;Resultat"];
  for (let i = 0; i < IMPORTED; i++) lines.push(`${rnd.pick(people).employeeNumber};${rnd.pick(trainings).title};2026-0${rnd.int(1, 9)}-1${rnd.int(0, 9)};${rnd.int(40, 100)}`);
  const file = new TextEncoder().encode(lines.join("\n"));
  process.stdout.write(`\n(importfil: ${(file.length / 1024 / 1024).toFixed(1)} MB csv)\n`);
  const started = performance.now();
  const { imported } = await timed(`import av ${IMPORTED} genomföranden (.csv, mål 15 s)`, () => importRecordBytes(ciso, file));
  const seconds = (performance.now() - started) / 1000;
  process.stdout.write(`${imported} importerade, ${(await db.trainingRecord.count({ where: { organizationId } }))} genomföranden totalt\n`);
  const late = misses + (seconds > 15 ? 1 : 0);
  process.stdout.write(late ? `\n${late} mätningar över målet.\n` : "\nAlla mätningar inom målet.\n");
}

withBenchDatabase("competence", run).catch(fail);
