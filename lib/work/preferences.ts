import "server-only";
import { recordAudit } from "../audit/trail";
import { authorize } from "../authz/authorize";
import type { Principal } from "../authz/roles";
import { db } from "../db/client";
import { AppError } from "../errors";
import type { Frequency, PreferencesUpdate, PreferenceView } from "./schema";
import { WORK_KINDS, type WorkKind } from "./types";

/**
 * Without a choice of their own, a user gets obligation notices at once (the shortest deadline is
 * 6 hours) and everything else in a daily digest: one mail a day rather than one per record.
 */
export const defaultFrequency = (kind: WorkKind): Frequency => (kind === "incident_obligation" ? "immediately" : "daily");

/** Incident obligations cannot be turned off by the ciso or by a handler of an open incident. */
async function obligationRequired(principal: Principal): Promise<boolean> {
  if (principal.role === "ciso") return true;
  const handled = await db.incident.count({ where: { organizationId: principal.organizationId, handlerId: principal.userId, status: { not: "closed" } } });
  return handled > 0;
}

async function stored(principal: Principal): Promise<Map<string, Frequency>> {
  const rows = await db.notificationPreference.findMany({ where: { userId: principal.userId, organizationId: principal.organizationId } });
  return new Map(rows.map((row) => [row.kind, row.frequency]));
}

export async function getPreferences(principal: Principal): Promise<PreferenceView[]> {
  authorize(principal, "me.read");
  const [choices, required] = await Promise.all([stored(principal), obligationRequired(principal)]);
  return WORK_KINDS.map((kind) => ({
    kind,
    frequency: choices.get(kind) ?? defaultFrequency(kind),
    required: kind === "incident_obligation" && required,
  }));
}

/** PUT /api/v1/me/notification-preferences: the kinds sent are set, the others keep their value. */
export async function updatePreferences(principal: Principal, input: PreferencesUpdate): Promise<PreferenceView[]> {
  authorize(principal, "me.read");
  const offObligation = input.items.some((item) => item.kind === "incident_obligation" && item.frequency === "off");
  if (offObligation && (await obligationRequired(principal))) {
    throw new AppError(400, "notification_required", "Påminnelser om rapporteringsskyldigheter kan inte stängas av för informationssäkerhetssamordnare och handläggare.", {
      "items.incident_obligation": ["Kan inte stängas av."],
    });
  }
  const before = await getPreferences(principal);
  await db.$transaction(async (tx) => {
    const { userId, organizationId } = principal;
    for (const { kind, frequency } of input.items) {
      await tx.notificationPreference.upsert({
        where: { userId_organizationId_kind: { userId, organizationId, kind } },
        create: { userId, organizationId, kind, frequency },
        update: { frequency },
      });
    }
    const after = Object.fromEntries(input.items.map((item) => [item.kind, item.frequency]));
    await recordAudit(tx, principal, {
      entity: "user",
      entityId: userId,
      action: "update",
      before: Object.fromEntries(before.filter((p) => p.kind in after).map((p) => [p.kind, p.frequency])),
      after,
    });
  });
  return getPreferences(principal);
}

/** The organisation's stored choices, keyed `userId:kind`, for one reminder pass. */
export async function preferenceMap(organizationId: string): Promise<Map<string, Frequency>> {
  const rows = await db.notificationPreference.findMany({ where: { organizationId } });
  return new Map(rows.map((row) => [`${row.userId}:${row.kind}`, row.frequency]));
}
