import "server-only";
import { randomUUID } from "node:crypto";
import { parseSheet } from "../assets/import-parse";
import { authorize } from "../authz/authorize";
import type { Principal } from "../authz/roles";
import { stockholmToday } from "../dates";
import { db, type Tx } from "../db/client";
import { DEFAULT_SHEET_LIMITS } from "../import/limits";
import { withImportLock } from "../import/lock";
import { insertAudits, type AuditInsert } from "./bulk-insert";
import { addError, assertSheet, cell, mapHeaders, parseDay, readUpload, rowErrorsFailure, type RowErrors } from "./import-rows";
import { competenceMessages } from "./messages";
import { PERSON_GROUPS } from "./schema";

const HEADERS = {
  name: ["namn", "name"],
  email: ["e-post", "epost", "email", "e-mail"],
  employeeNumber: ["anställningsnummer", "anstnr", "employee number", "employeenumber"],
  orgUnit: ["verksamhet", "enhet", "unit", "org unit"],
  targetGroups: ["målgrupper", "målgrupp", "target groups"],
  startedAt: ["anställd från", "startdatum", "started", "startedat"],
  endedAt: ["anställd till", "slutdatum", "ended", "endedat"],
};

interface PersonFields {
  name: string;
  email: string | null;
  employeeNumber: string | null;
  orgUnitId: string | null;
  targetGroups: string[];
  startedAt: Date | null;
  endedAt: Date | null;
}

type Existing = PersonFields & { id: string; version: number };

export interface HrPlan {
  create: PersonFields[];
  update: { before: Existing; after: PersonFields }[];
  end: Existing[];
  errors: RowErrors;
}

const groupCodes = new Map<string, string>([
  ...PERSON_GROUPS.map((code) => [code, code] as [string, string]),
  ...PERSON_GROUPS.map((code) => [competenceMessages.sv.groups[code].toLowerCase(), code] as [string, string]),
]);

const sameDay = (a: Date | null, b: Date | null) => (a?.getTime() ?? null) === (b?.getTime() ?? null);
const changed = (before: Existing, after: PersonFields) =>
  before.name !== after.name || before.email !== after.email || before.employeeNumber !== after.employeeNumber || before.orgUnitId !== after.orgUnitId ||
  before.targetGroups.join() !== after.targetGroups.join() || !sameDay(before.startedAt, after.startedAt) || !sameDay(before.endedAt, after.endedAt);

/**
 * What the HR file would change: people to create, to update (matched on employee number, else
 * e-mail) and active people the full export no longer lists, to end today. Reads only.
 */
export async function planHrImport(client: Tx | typeof db, principal: Principal, bytes: Uint8Array, now: Date): Promise<HrPlan> {
  const sheet = await parseSheet(bytes, DEFAULT_SHEET_LIMITS);
  const index = mapHeaders(sheet.headers, HEADERS);
  const missing = [index.name === undefined ? "Namn" : null, index.employeeNumber === undefined && index.email === undefined ? "Anställningsnummer" : null].filter((h): h is string => !!h);
  assertSheet(sheet, missing, DEFAULT_SHEET_LIMITS.maxRows);
  const organizationId = principal.organizationId;
  // One after the other: with a transaction as the client, its connection runs one query at a time.
  const units = await client.orgUnit.findMany({ where: { organizationId }, select: { id: true, name: true, code: true } });
  const people = await client.person.findMany({ where: { organizationId }, select: { id: true, version: true, name: true, email: true, employeeNumber: true, orgUnitId: true, targetGroups: true, startedAt: true, endedAt: true } });
  const unitBy = new Map(units.flatMap((u) => [[u.name.toLowerCase(), u.id], ...(u.code ? [[u.code.toLowerCase(), u.id] as [string, string]] : [])]));
  const byNumber = new Map(people.filter((p) => p.employeeNumber).map((p) => [p.employeeNumber!, p]));
  const byEmail = new Map(people.filter((p) => p.email).map((p) => [p.email!, p]));
  const plan: HrPlan = { create: [], update: [], end: [], errors: {} };
  const seen = new Set<string>();
  const matched = new Set<string>();
  for (const { row, cells } of sheet.rows) {
    const get = (field: keyof typeof HEADERS) => cell(cells, index[field]);
    const fields: PersonFields = { name: get("name"), email: get("email").toLowerCase() || null, employeeNumber: get("employeeNumber") || null, orgUnitId: null, targetGroups: [], startedAt: null, endedAt: null };
    if (!fields.name) addError(plan.errors, row, "name", "Ange namn.");
    if (!fields.employeeNumber && !fields.email) addError(plan.errors, row, "employeeNumber", "Ange anställningsnummer eller e-post.");
    if (fields.email && !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(fields.email)) addError(plan.errors, row, "email", "Ogiltig e-postadress.");
    const key = fields.employeeNumber ?? fields.email ?? "";
    if (key && seen.has(key)) addError(plan.errors, row, fields.employeeNumber ? "employeeNumber" : "email", "Finns redan på en tidigare rad.");
    seen.add(key);
    if (get("orgUnit")) fields.orgUnitId = unitBy.get(get("orgUnit").toLowerCase()) ?? (addError(plan.errors, row, "orgUnit", `Verksamheten "${get("orgUnit")}" finns inte.`), null);
    for (const part of get("targetGroups").split(/[,;]/).map((p) => p.trim().toLowerCase()).filter(Boolean)) {
      const code = groupCodes.get(part);
      if (code) fields.targetGroups.push(code);
      else addError(plan.errors, row, "targetGroups", `Okänd målgrupp "${part}".`);
    }
    for (const field of ["startedAt", "endedAt"] as const) {
      if (!get(field)) continue;
      fields[field] = parseDay(get(field)) ?? (addError(plan.errors, row, field, "Ange datum som ÅÅÅÅ-MM-DD."), null);
    }
    const existing = (fields.employeeNumber ? byNumber.get(fields.employeeNumber) : undefined) ?? (fields.email ? byEmail.get(fields.email) : undefined);
    if (!existing) plan.create.push(fields);
    else {
      matched.add(existing.id);
      if (changed(existing, fields)) plan.update.push({ before: existing, after: fields });
    }
  }
  // A full export: an active person it no longer lists has left.
  plan.end = people.filter((p) => (!p.endedAt || p.endedAt > now) && !matched.has(p.id));
  return plan;
}

const audit = (principal: Principal, entityId: string, action: string, before: object | undefined, after: object): AuditInsert => ({
  organizationId: principal.organizationId, actorId: principal.userId, actorLabel: principal.email, entity: "person", entityId, action, before, after,
});

async function applyPlan(tx: Tx, principal: Principal, plan: HrPlan, now: Date): Promise<void> {
  const today = stockholmToday(now);
  const created = plan.create.map((fields) => ({ id: randomUUID(), organizationId: principal.organizationId, ...fields }));
  // In batches: PostgreSQL takes at most 65 535 parameters per statement.
  for (let i = 0; i < created.length; i += 5000) await tx.person.createMany({ data: created.slice(i, i + 5000) });
  for (const { before, after } of plan.update) await tx.person.update({ where: { id: before.id }, data: { ...after, version: { increment: 1 } } });
  await tx.person.updateMany({ where: { id: { in: plan.end.map((p) => p.id) } }, data: { endedAt: today, version: { increment: 1 } } });
  await insertAudits(tx, [
    ...created.map((person) => audit(principal, person.id, "import", undefined, person)),
    ...plan.update.map(({ before, after }) => audit(principal, before.id, "import", before, after)),
    ...plan.end.map((person) => audit(principal, person.id, "import", person, { ...person, endedAt: today })),
  ]);
}

/** POST /api/v1/people/import?mode=preview|commit: the preview changes nothing; the commit is all or nothing. */
export async function importPeople(principal: Principal, request: Request, mode: "preview" | "commit", now = new Date()) {
  authorize(principal, "competence.write");
  const bytes = await readUpload(request);
  return withImportLock(principal.userId, async (tx) => {
    const plan = await planHrImport(tx, principal, bytes, now);
    const counts = { mode, created: plan.create.length, updated: plan.update.length, ended: plan.end.length, errors: Object.keys(plan.errors).length };
    if (mode === "preview") return { ...counts, fields: plan.errors };
    if (counts.errors) throw rowErrorsFailure(plan.errors);
    await applyPlan(tx, principal, plan, now);
    return { ...counts, fields: {} };
  }, { timeout: 120_000, maxWait: 10_000 });
}
