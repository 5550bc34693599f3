import "server-only";
import { authorize, scopeOf } from "../authz/authorize";
import type { Principal } from "../authz/roles";
import { db } from "../db/client";
import { AppError, forbidden, notFound } from "../errors";
import { RECORD_TYPES, recordHref, type RecordTitle } from "../records/registry";
import { indicatorLabels } from "./messages";
import { indicatorWindow } from "./queries";
import { indicatorProviders } from "./registry";
import { INDICATOR_RECORDS_CAP, type IndicatorRecordsAnswer, type IndicatorRecordsQuery } from "./schema";

const unavailable = (key: string) =>
  new AppError(404, "indicator_records_unavailable", "Posterna bakom denna indikator kan inte listas (den är ett värde, inte en andel av poster).", undefined, { key });

/**
 * The very records an indicator counted for its numerator or denominator, from the provider's
 * own definition (lib/indicators/counted.ts), so `total` equals the figure exactly. Listing them
 * takes reading that record type across the organisation, on top of reading indicators.
 */
export async function indicatorRecords(principal: Principal, key: string, query: IndicatorRecordsQuery): Promise<IndicatorRecordsAnswer> {
  authorize(principal, "indicators.read");
  const window = indicatorWindow(query);
  for (const provider of indicatorProviders) {
    const counted = provider.records ? await provider.records(principal, key, query.part, window) : null;
    if (!counted) continue;
    const spec = RECORD_TYPES[counted.type];
    // The list names records across the organisation: a role that reads only its own may not list them.
    authorize(principal, spec.read);
    if (scopeOf(principal, spec.read) !== "all") throw forbidden();
    const shown = counted.ids.slice(0, INDICATOR_RECORDS_CAP);
    const titled: RecordTitle[] = await spec.titles(db, principal.organizationId, [...new Set(shown)]);
    const titles = new Map(titled.map((row) => [row.id, row]));
    const items = shown.map((id) => {
      const row = titles.get(id);
      return { type: counted.type, id, title: row?.title ?? id, href: row?.href ?? recordHref(counted.type, id) };
    });
    return { key, part: query.part, type: counted.type, items, total: counted.ids.length };
  }
  throw Object.hasOwn(indicatorLabels.sv, key) ? unavailable(key) : notFound("Indikatorn finns inte.");
}
