import "server-only";
import { randomUUID } from "node:crypto";
import { authorize } from "../authz/authorize";
import type { Principal } from "../authz/roles";
import { readClassificationModel } from "../classification/service";
import { MAX_UPLOAD_BYTES, readUploadedFile } from "../api/body";
import { db, type Tx } from "../db/client";
import { AppError, badRequest } from "../errors";
import { DEFAULT_SHEET_LIMITS } from "../import/limits";
import { withImportLock } from "../import/lock";
import { parseSheet } from "./import-parse";
import { mapHeaders, readRow, type ImportLookups, type RowErrors } from "./import-rows";
import { insertAssets, insertHistory, insertImportAudits, type AssetInsert, type AuditInsert, type HistoryInsert } from "./bulk-insert";
import { aspectLevels, classificationStamp, defaultOwnerId, levelNamesFor } from "./rules";
import type { AssetCreate } from "./schema";

export const MAX_IMPORT_BYTES = MAX_UPLOAD_BYTES;
export const MAX_IMPORT_ROWS = DEFAULT_SHEET_LIMITS.maxRows;
/** Enough to tell the user what to fix without an answer of megabytes. */
const MAX_REPORTED_ERRORS = 500;

async function lookups(principal: Principal, client: Tx | typeof db): Promise<ImportLookups> {
  const orgId = principal.organizationId;
  // One after the other: inside the import's transaction the connection runs one query at a time
  // (concurrent queries on it are what pg warns "client.query() while already executing" about).
  const model = await readClassificationModel(client, orgId);
  const units = await client.orgUnit.findMany({ where: { organizationId: orgId }, select: { id: true, name: true } });
  const members = await client.membership.findMany({ where: { organizationId: orgId }, select: { user: { select: { id: true, name: true, email: true } } } });
  const users = new Map<string, string[]>();
  const add = (key: string, id: string) => users.set(key, [...new Set([...(users.get(key) ?? []), id])]);
  for (const { user } of members) add(user.email.toLowerCase(), user.id), add(user.name.trim().toLowerCase(), user.id);
  return {
    model,
    orgUnits: new Map(units.map((unit) => [unit.name.trim().toLowerCase(), unit.id])),
    users,
    defaultOwnerId: defaultOwnerId(principal),
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
export async function validateImport(principal: Principal, buffer: Uint8Array, client: Tx | typeof db = db): Promise<{ inputs: AssetCreate[]; lookups: ImportLookups }> {
  const sheet = await parseSheet(buffer);
  const { index, missing } = mapHeaders(sheet.headers);
  if (missing.length) throw badRequest("Kolumner saknas i filen.", { file: missing.map((header) => `Kolumnen "${header}" saknas.`) });
  if (sheet.rows.length === 0) throw badRequest("Filen innehåller inga rader.", { file: ["Lägg till minst en rad under rubrikraden."] });
  if (sheet.rows.length > MAX_IMPORT_ROWS) throw badRequest("För många rader.", { file: [`Högst ${MAX_IMPORT_ROWS} rader per import.`] });
  const context = await lookups(principal, client);
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
 * audit event (action "import") and, when it has levels, a classification history entry. The transaction also holds
 * the user's import lock (lib/import/lock.ts) from before the file is read: one import at a time per user.
 */
export async function importAssets(principal: Principal, buffer: Uint8Array): Promise<{ imported: number }> {
  authorize(principal, "assets.create");
  if (buffer.length > MAX_IMPORT_BYTES) throw new AppError(413, "payload_too_large", "Filen är för stor (högst 10 MB).");
  return withImportLock(principal.userId, (tx) => importWithin(tx, principal, buffer), { timeout: 120_000, maxWait: 10_000 });
}

async function importWithin(tx: Tx, principal: Principal, buffer: Uint8Array): Promise<{ imported: number }> {
  const { inputs, lookups: context } = await validateImport(principal, buffer, tx);
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
  await insertAssets(tx, assets);
  await insertHistory(tx, history);
  await insertImportAudits(tx, audits);
  return { imported: assets.length };
}

/** The multipart request of POST /api/v1/assets/import: one part named `file`; the body is read within the file limit plus the multipart framing. */
export async function importFromRequest(principal: Principal, request: Request): Promise<{ imported: number }> {
  authorize(principal, "assets.create");
  const { bytes } = await readUploadedFile(request, MAX_IMPORT_BYTES);
  return importAssets(principal, bytes);
}
