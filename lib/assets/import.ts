import "server-only";
import { randomUUID } from "node:crypto";
import { authorize } from "../authz/authorize";
import type { Principal } from "../authz/roles";
import { readClassificationModel } from "../classification/service";
import { db } from "../db/client";
import { AppError, badRequest } from "../errors";
import { parseSheet } from "./import-parse";
import { mapHeaders, readRow, type ImportLookups, type RowErrors } from "./import-rows";
import { insertAssets, insertHistory, insertImportAudits, type AssetInsert, type AuditInsert, type HistoryInsert } from "./bulk-insert";
import { aspectLevels, classificationStamp, levelNamesFor } from "./rules";
import type { AssetCreate } from "./schema";

export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;
export const MAX_IMPORT_ROWS = 20_000;
/** Enough to tell the user what to fix without an answer of megabytes. */
const MAX_REPORTED_ERRORS = 500;

async function lookups(principal: Principal): Promise<ImportLookups> {
  const orgId = principal.organizationId;
  const [model, units, members] = await Promise.all([
    readClassificationModel(db, orgId),
    db.orgUnit.findMany({ where: { organizationId: orgId }, select: { id: true, name: true } }),
    db.membership.findMany({ where: { organizationId: orgId }, select: { user: { select: { id: true, name: true, email: true } } } }),
  ]);
  const users = new Map<string, string[]>();
  const add = (key: string, id: string) => users.set(key, [...new Set([...(users.get(key) ?? []), id])]);
  for (const { user } of members) add(user.email.toLowerCase(), user.id), add(user.name.trim().toLowerCase(), user.id);
  return {
    model,
    orgUnits: new Map(units.map((unit) => [unit.name.trim().toLowerCase(), unit.id])),
    users,
    defaultOwnerId: principal.role === "information_owner" ? principal.userId : null,
  };
}

/** `fields` keyed "rad 5: Konfidentialitet" (row number as in the spreadsheet, header = row 1). */
export function rowErrorFields(errors: RowErrors): Record<string, string[]> {
  const fields: Record<string, string[]> = {};
  for (const error of errors.slice(0, MAX_REPORTED_ERRORS)) (fields[`rad ${error.row}: ${error.column}`] ??= []).push(error.message);
  if (errors.length > MAX_REPORTED_ERRORS) fields._ = [`… och ${errors.length - MAX_REPORTED_ERRORS} fel till.`];
  return fields;
}

/** Validates every row; any error means nothing is imported. */
export async function validateImport(principal: Principal, buffer: Buffer): Promise<{ inputs: AssetCreate[]; lookups: ImportLookups }> {
  const sheet = await parseSheet(buffer);
  const { index, missing } = mapHeaders(sheet.headers);
  if (missing.length) throw badRequest("Kolumner saknas i filen.", { file: missing.map((header) => `Kolumnen "${header}" saknas.`) });
  if (sheet.rows.length === 0) throw badRequest("Filen innehåller inga rader.", { file: ["Lägg till minst en rad under rubrikraden."] });
  if (sheet.rows.length > MAX_IMPORT_ROWS) throw badRequest("För många rader.", { file: [`Högst ${MAX_IMPORT_ROWS} rader per import.`] });
  const context = await lookups(principal);
  const errors: RowErrors = [];
  const inputs: AssetCreate[] = [];
  for (const { row, cells } of sheet.rows) {
    const result = readRow(cells, index, context);
    errors.push(...result.errors.map((error) => ({ row, ...error })));
    if (result.input) inputs.push(result.input);
  }
  if (errors.length) throw badRequest(`Ingenting importerades: ${errors.length} fel i filen.`, rowErrorFields(errors));
  return { inputs, lookups: context };
}

/**
 * Imports every row or none, in one transaction with bulk inserts (lib/assets/bulk-insert.ts). Each asset gets its own
 * audit event (action "import") and, when it has levels, a classification history entry.
 */
export async function importAssets(principal: Principal, buffer: Buffer): Promise<{ imported: number }> {
  authorize(principal, "assets.create");
  if (buffer.length > MAX_IMPORT_BYTES) throw new AppError(413, "payload_too_large", "Filen är för stor (högst 10 MB).");
  const { inputs, lookups: context } = await validateImport(principal, buffer);
  const { model } = context;
  const now = new Date();
  const orgId = principal.organizationId;
  const assets: AssetInsert[] = inputs.map((input) => {
    const levels = aspectLevels(input);
    return {
      id: randomUUID(),
      organizationId: orgId,
      name: input.name,
      description: input.description ?? null,
      orgUnitId: input.orgUnitId,
      ownerId: input.ownerId ?? null,
      kind: input.kind,
      ...levels,
      ...classificationStamp(levels, model, principal.userId, now),
      personalData: input.personalData || input.sensitivePersonalData,
      sensitivePersonalData: input.sensitivePersonalData,
      legalRequirements: input.legalRequirements ?? null,
      createdAt: now,
    };
  });
  const history: HistoryInsert[] = assets
    .filter((asset) => asset.classifiedAt !== null)
    .map((asset) => {
      const levels = aspectLevels(asset);
      return { id: randomUUID(), organizationId: orgId, assetId: asset.id, levels, levelNames: levelNamesFor(levels, model), classifiedById: principal.userId, classifiedAt: now };
    });
  const audits: AuditInsert[] = assets.map((asset) => ({
    id: randomUUID(),
    organizationId: orgId,
    actorId: principal.userId,
    actorLabel: principal.email,
    entityId: asset.id,
    after: { ...asset, updatedAt: now, version: 1 },
    at: now,
  }));
  await db.$transaction(
    async (tx) => {
      await insertAssets(tx, assets);
      await insertHistory(tx, history);
      await insertImportAudits(tx, audits);
    },
    { timeout: 120_000, maxWait: 10_000 },
  );
  return { imported: assets.length };
}

/** The multipart request of POST /api/v1/assets/import: one part named `file`. */
export async function importFromRequest(principal: Principal, request: Request): Promise<{ imported: number }> {
  authorize(principal, "assets.create");
  if (Number(request.headers.get("content-length") ?? 0) > MAX_IMPORT_BYTES + 64 * 1024) {
    throw new AppError(413, "payload_too_large", "Filen är för stor (högst 10 MB).");
  }
  let file: FormDataEntryValue | null;
  try {
    file = (await request.formData()).get("file");
  } catch {
    throw badRequest("Skicka filen som multipart/form-data.", { file: ["Välj en .xlsx- eller .csv-fil."] });
  }
  if (!file || typeof file === "string") throw badRequest("Filen saknas.", { file: ["Välj en .xlsx- eller .csv-fil."] });
  return importAssets(principal, Buffer.from(await file.arrayBuffer()));
}
