import "server-only";
import { randomUUID } from "node:crypto";
import { parseSheet } from "../assets/import-parse";
import { authorize } from "../authz/authorize";
import type { Principal } from "../authz/roles";
import type { Tx } from "../db/client";
import { badRequest } from "../errors";
import { DEFAULT_SHEET_LIMITS, type SheetLimits } from "../import/limits";
import { withImportLock } from "../import/lock";
import type { RecordInsert } from "./bulk-insert";
import { addError, assertSheet, cell, mapHeaders, parseInstant, readUpload, rowErrorsFailure, type RowErrors } from "./import-rows";
import { insertRecordsInTx } from "./service";

/** A learning platform exports a year of completions of a large organisation: more rows than an asset import. */
export const RECORD_IMPORT_LIMITS: SheetLimits = { ...DEFAULT_SHEET_LIMITS, maxRows: 100_000, maxRowElements: 300_000, maxCells: 2_000_000, maxMillis: 60_000, maxHeapMb: 512 };

const HEADERS = {
  employeeNumber: ["anställningsnummer", "anstnr", "employee number", "employeenumber"],
  email: ["e-post", "epost", "email", "e-mail"],
  training: ["utbildning", "kurs", "training", "course"],
  completedAt: ["genomförd", "slutförd", "completed", "completedat", "datum"],
  score: ["resultat", "poäng", "score"],
  passed: ["godkänd", "passed"],
};

const YES = new Set(["ja", "yes", "true", "1", "godkänd", "passed"]);
const NO = new Set(["nej", "no", "false", "0", "underkänd", "failed"]);

/** Every row matched to a person (employee number, else e-mail) and a training; any error imports nothing. */
async function planRecords(tx: Tx, principal: Principal, bytes: Uint8Array, trainingId: string | undefined): Promise<RecordInsert[]> {
  const sheet = await parseSheet(bytes, RECORD_IMPORT_LIMITS);
  const index = mapHeaders(sheet.headers, HEADERS);
  const missing = [
    index.employeeNumber === undefined && index.email === undefined ? "Anställningsnummer" : null,
    index.completedAt === undefined ? "Genomförd" : null,
    index.training === undefined && !trainingId ? "Utbildning" : null,
  ].filter((h): h is string => !!h);
  assertSheet(sheet, missing, RECORD_IMPORT_LIMITS.maxRows);
  const organizationId = principal.organizationId;
  // One after the other: a transaction's connection runs one query at a time.
  const people = await tx.person.findMany({ where: { organizationId }, select: { id: true, employeeNumber: true, email: true } });
  const trainings = await tx.training.findMany({ where: { organizationId }, select: { id: true, title: true } });
  if (trainingId && !trainings.some((t) => t.id === trainingId)) throw badRequest("Länkade poster finns inte.", { trainingId: ["Hittades inte i organisationen."] });
  const byNumber = new Map(people.filter((p) => p.employeeNumber).map((p) => [p.employeeNumber!, p.id]));
  const byEmail = new Map(people.filter((p) => p.email).map((p) => [p.email!, p.id]));
  const byTitle = new Map(trainings.map((t) => [t.title.trim().toLowerCase(), t.id]));
  const errors: RowErrors = {};
  const records: RecordInsert[] = [];
  for (const { row, cells } of sheet.rows) {
    const get = (field: keyof typeof HEADERS) => cell(cells, index[field]);
    const number = get("employeeNumber");
    const email = get("email").toLowerCase();
    const personId = (number ? byNumber.get(number) : undefined) ?? (email ? byEmail.get(email) : undefined);
    if (!personId) addError(errors, row, number || !email ? "employeeNumber" : "email", `Personen ${number || email || "(tom)"} finns inte i personalregistret.`);
    const training = get("training") ? byTitle.get(get("training").toLowerCase()) : trainingId;
    if (!training) addError(errors, row, "training", `Utbildningen "${get("training")}" finns inte.`);
    const completedAt = parseInstant(get("completedAt"));
    if (!completedAt) addError(errors, row, "completedAt", "Ange datum som ÅÅÅÅ-MM-DD.");
    const scoreText = get("score");
    const score = scoreText === "" ? null : Number(scoreText.replace(",", "."));
    if (score !== null && !(Number.isInteger(score) && score >= 0 && score <= 100)) addError(errors, row, "score", "Ange ett heltal 0–100.");
    const passedText = get("passed").toLowerCase();
    const passed = passedText === "" ? null : YES.has(passedText) ? true : NO.has(passedText) ? false : (addError(errors, row, "passed", "Ange ja eller nej."), null);
    if (personId && training && completedAt) records.push({ id: randomUUID(), organizationId, personId, trainingId: training, completedAt, score, passed, source: "import" });
  }
  if (Object.keys(errors).length) throw rowErrorsFailure(errors);
  return records;
}

/** POST /api/v1/training-records/import: all rows or none, with one audit event per completion. */
export async function importRecords(principal: Principal, request: Request, trainingId?: string): Promise<{ imported: number }> {
  authorize(principal, "competence.write");
  const bytes = await readUpload(request);
  return importRecordBytes(principal, bytes, trainingId);
}

export function importRecordBytes(principal: Principal, bytes: Uint8Array, trainingId?: string): Promise<{ imported: number }> {
  return withImportLock(principal.userId, async (tx) => {
    const records = await planRecords(tx, principal, bytes, trainingId);
    await insertRecordsInTx(tx, principal, records, "import");
    return { imported: records.length };
  }, { timeout: 120_000, maxWait: 10_000 });
}
