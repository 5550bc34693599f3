import { ASPECTS, type ClassificationModel } from "../classification/schema";
import { assetMessages } from "./messages";
import { assetCreateSchema, ASSET_KINDS, type AssetCreate, type AssetKind } from "./schema";

const sv = assetMessages.sv;
import { scaleErrors } from "./rules";

/** The importable columns: the first columns of the export (lib/assets/export.ts). */
const COLUMNS = {
  name: "Namn",
  description: "Beskrivning",
  kind: "Typ",
  orgUnitId: "Verksamhet",
  ownerId: "Informationsägare",
  ...sv.aspects,
  personalData: "Personuppgifter",
  sensitivePersonalData: "Känsliga personuppgifter",
  legalRequirements: "Lagkrav",
} as const;
type Field = keyof typeof COLUMNS;
const REQUIRED: Field[] = ["name", "orgUnitId"];

export interface ImportLookups {
  model: ClassificationModel;
  /** lower-cased org unit name → id */
  orgUnits: Map<string, string>;
  /** lower-cased e-mail or name → user ids (a name may be shared) */
  users: Map<string, string[]>;
  /** Owner when the cell is empty (an information owner imports their own assets). */
  defaultOwnerId: string | null;
}

export type RowErrors = { row: number; column: string; message: string }[];

const norm = (text: string) => text.trim().toLowerCase();
const TRUE = new Set(["ja", "j", "yes", "true", "sant", "1", "x"]);
const FALSE = new Set(["nej", "n", "no", "false", "falskt", "0", ""]);

/** Which column index holds each field; a missing required column is an error for the whole file. */
export function mapHeaders(headers: string[]): { index: Partial<Record<Field, number>>; missing: string[] } {
  const index: Partial<Record<Field, number>> = {};
  headers.forEach((header, position) => {
    const field = (Object.keys(COLUMNS) as Field[]).find((key) => norm(COLUMNS[key]) === norm(header) || norm(key) === norm(header));
    if (field && index[field] === undefined) index[field] = position;
  });
  return { index, missing: REQUIRED.filter((field) => index[field] === undefined).map((field) => COLUMNS[field]) };
}

function parseLevel(text: string, model: ClassificationModel): number | null | string {
  if (text === "") return null;
  const leading = /^(\d+)(\s|$)/.exec(text);
  if (leading) return Number(leading[1]);
  const named = model.levels.find((level) => norm(level.name) === norm(text));
  return named ? named.value : `Ange en nivå 0–${model.levels.length - 1} eller nivåns namn.`;
}

function parseKind(text: string): AssetKind | string {
  if (text === "") return "information";
  const kind = ASSET_KINDS.find((key) => norm(key) === norm(text) || norm(sv.kinds[key]) === norm(text));
  return kind ?? `Okänd typ. Använd ${Object.values(sv.kinds).join(", ")}.`;
}

/**
 * One spreadsheet row → a validated asset input, with errors by column. Text is turned into ids
 * and numbers first; then the same zod schema as the API and the model's scale apply.
 */
export function readRow(cells: string[], index: Partial<Record<Field, number>>, lookups: ImportLookups): { input?: AssetCreate; errors: { column: string; message: string }[] } {
  const errors: { column: string; message: string }[] = [];
  const cell = (field: Field) => (index[field] === undefined ? "" : (cells[index[field]!] ?? ""));
  const fail = (field: Field, message: string) => errors.push({ column: COLUMNS[field], message });
  const raw: Record<string, unknown> = { name: cell("name"), description: cell("description"), legalRequirements: cell("legalRequirements") };

  const kind = parseKind(cell("kind"));
  if ((ASSET_KINDS as ReadonlyArray<string>).includes(kind)) raw.kind = kind;
  else fail("kind", kind);

  const unit = cell("orgUnitId");
  if (unit === "") fail("orgUnitId", "Ange verksamhet.");
  else if (lookups.orgUnits.has(norm(unit))) raw.orgUnitId = lookups.orgUnits.get(norm(unit));
  else fail("orgUnitId", `Verksamheten "${unit}" finns inte.`);

  const owner = cell("ownerId");
  const owners = owner === "" ? [] : (lookups.users.get(norm(owner)) ?? []);
  if (owner === "") raw.ownerId = lookups.defaultOwnerId;
  else if (owners.length === 1) raw.ownerId = owners[0];
  else fail("ownerId", owners.length ? `Flera användare heter "${owner}". Ange e-postadressen.` : `Användaren "${owner}" finns inte i organisationen.`);

  for (const aspect of ASPECTS) {
    const level = parseLevel(cell(aspect), lookups.model);
    if (typeof level === "string") fail(aspect, level);
    else raw[aspect] = level;
  }
  for (const field of ["personalData", "sensitivePersonalData"] as const) {
    const text = norm(cell(field));
    if (TRUE.has(text)) raw[field] = true;
    else if (FALSE.has(text)) raw[field] = false;
    else fail(field, "Ange ja eller nej.");
  }

  const parsed = assetCreateSchema.safeParse(raw);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = String(issue.path[0] ?? "name") as Field;
      if (!errors.some((error) => error.column === COLUMNS[field])) fail(field in COLUMNS ? field : "name", issue.message);
    }
    return { errors };
  }
  for (const [field, messages] of Object.entries(scaleErrors(parsed.data, lookups.model))) fail(field as Field, messages[0]);
  return errors.length ? { errors } : { input: parsed.data, errors };
}
