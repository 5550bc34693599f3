import "server-only";
import type { Principal } from "../authz/roles";
import { ASPECTS } from "../classification/schema";
import { db } from "../db/client";
import { exportResponse, type ExportColumn } from "../export/table";
import { userNames } from "../users/names";
import { assetOrderBy, assetWhere } from "./queries";
import { assetMessages } from "./messages";
import type { AssetExportQuery, AssetKind } from "./schema";

// The file's columns are the import's contract (Swedish, whatever the reader's language).
const sv = assetMessages.sv;

/** One exported row: what the list shows, flattened for a spreadsheet. */
export interface AssetExportRow {
  name: string;
  description: string | null;
  kind: AssetKind;
  orgUnitName: string;
  ownerName: string | null;
  confidentiality: number | null;
  integrity: number | null;
  availability: number | null;
  traceability: number | null;
  personalData: boolean;
  sensitivePersonalData: boolean;
  legalRequirements: string | null;
  protectionLevel: number | null;
  classified: boolean;
  classifiedAt: Date | null;
  reviewDueAt: Date | null;
  holds: string;
}

/**
 * The import reads the columns up to "Lagkrav" (lib/assets/import.ts); the rest are derived and
 * ignored on import, so an exported file can be edited and imported elsewhere.
 */
export const ASSET_COLUMNS: ExportColumn<AssetExportRow>[] = [
  { header: "Namn", value: (row) => row.name, width: 36 },
  { header: "Beskrivning", value: (row) => row.description, width: 40 },
  { header: "Typ", value: (row) => sv.kinds[row.kind], width: 18 },
  { header: "Verksamhet", value: (row) => row.orgUnitName, width: 30 },
  { header: "Informationsägare", value: (row) => row.ownerName, width: 24 },
  ...ASPECTS.map((aspect) => ({ header: sv.aspects[aspect], value: (row: AssetExportRow) => row[aspect] })),
  { header: "Personuppgifter", value: (row) => row.personalData },
  { header: "Känsliga personuppgifter", value: (row) => row.sensitivePersonalData },
  { header: "Lagkrav", value: (row) => row.legalRequirements, width: 30 },
  { header: "Skyddsnivå", value: (row) => row.protectionLevel },
  { header: "Klassad", value: (row) => row.classified },
  { header: "Klassad datum", kind: "datetime", value: (row) => row.classifiedAt, width: 20 },
  { header: "Omprövas senast", kind: "date", value: (row) => row.reviewDueAt, width: 20 },
  { header: "Innehåller", value: (row) => row.holds, width: 40 },
];

/** Every asset matching the list filters, in the list's order. */
export async function assetExportRows(principal: Principal, query: Omit<AssetExportQuery, "format">): Promise<AssetExportRow[]> {
  const rows = await db.asset.findMany({
    where: assetWhere(principal, query),
    orderBy: assetOrderBy(query.sort),
    include: { orgUnit: { select: { name: true } }, holds: { select: { held: { select: { name: true } } } } },
  });
  const names = await userNames(rows.map((row) => row.ownerId));
  return rows.map((row) => ({
    ...row,
    kind: row.kind as AssetKind,
    orgUnitName: row.orgUnit.name,
    ownerName: row.ownerId ? (names.get(row.ownerId) ?? null) : null,
    holds: row.holds.map((link) => link.held.name).join(", "),
  }));
}

export async function exportAssets(principal: Principal, query: AssetExportQuery): Promise<Response> {
  const { format, ...filters } = query;
  return exportResponse(format, "informationstillgangar", ASSET_COLUMNS, await assetExportRows(principal, filters));
}
