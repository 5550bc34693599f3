import "server-only";
import type { z } from "zod";
import { recordAudit } from "../audit/trail";
import { authorize } from "../authz/authorize";
import type { Permission } from "../authz/permissions";
import type { Principal } from "../authz/roles";
import { db, type Tx } from "../db/client";
import { notFound } from "../errors";

/**
 * Organisation settings live in Organization.settings as one JSON object with a section per
 * register ("risk", "incidents", "classification", "maturity"…). Each register owns the zod
 * schema of its section, with defaults, so a missing or older section still reads.
 */
export async function readSettingsSection<S extends z.ZodType>(client: Tx | typeof db, organizationId: string, section: string, schema: S): Promise<z.output<S>> {
  const organization = await client.organization.findUnique({ where: { id: organizationId }, select: { settings: true } });
  if (!organization) throw notFound();
  const all = (organization.settings ?? {}) as Record<string, unknown>;
  return schema.parse(all[section] ?? {});
}

export async function writeSettingsSection<S extends z.ZodType>(
  principal: Principal,
  permission: Permission,
  section: string,
  schema: S,
  value: z.input<S>,
): Promise<z.output<S>> {
  authorize(principal, permission);
  const parsed = schema.parse(value);
  return db.$transaction(async (tx) => {
    const organization = await tx.organization.findUniqueOrThrow({ where: { id: principal.organizationId } });
    const all = (organization.settings ?? {}) as Record<string, unknown>;
    await tx.organization.update({
      where: { id: organization.id },
      data: { settings: { ...all, [section]: parsed } as object, version: { increment: 1 } },
    });
    await recordAudit(tx, principal, { entity: "organization", entityId: organization.id, action: `settings.${section}`, before: all[section] ?? null, after: parsed });
    return parsed;
  });
}
