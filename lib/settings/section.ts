import "server-only";
import type { z } from "zod";
import { recordAudit } from "../audit/trail";
import { authorize } from "../authz/authorize";
import type { Permission } from "../authz/permissions";
import type { Principal } from "../authz/roles";
import { db, type Tx } from "../db/client";
import { conflict, notFound } from "../errors";
import { settingsBodySchema, type Versioned } from "./schema";
import { parseStoredSection, splitStored } from "./stored";

/** One section of Organization.settings ("risk", "incidents", "classification", "maturity"…). */
export interface SettingsSectionConfig<S extends z.ZodObject> {
  key: string;
  /** Strict for what clients send, with a default for every field. */
  schema: S;
  /** What a section never saved reads as; the schema's own defaults fill in the rest. */
  defaults?: z.input<S>;
  read: Permission;
  write: Permission;
  /** Runs inside the write, with the organisation's row locked: checks and derived changes. */
  beforeWrite?: (tx: Tx, change: { organizationId: string; before: z.output<S>; after: z.output<S> }) => Promise<void>;
}

export interface SettingsSection<S extends z.ZodObject> {
  key: string;
  schema: S;
  /** The PUT body: the schema and the `version` read with the section. */
  body: z.ZodType<Versioned<z.output<S>>, Versioned<z.input<S>>>;
  permissions: { read: Permission; write: Permission };
  /** For a principal: checks the read permission. For an organisation id: internal use, no check. */
  read(who: Principal | string, client?: Tx | typeof db): Promise<Versioned<z.output<S>>>;
  /** 409 when `version` is not the stored one; the organisation's row is locked while writing. */
  write(principal: Principal, value: z.input<S>, version: number): Promise<Versioned<z.output<S>>>;
  /** For the demo organisation, inside its seeding transaction: no principal, no version check, no audit. */
  seed(tx: Tx, organizationId: string, value: z.input<S>): Promise<Versioned<z.output<S>>>;
}

export function defineSettingsSection<S extends z.ZodObject>(config: SettingsSectionConfig<S>): SettingsSection<S> {
  const { key, schema } = config;
  const fromStored = (stored: unknown): Versioned<z.output<S>> => {
    const { fields, version } = splitStored(stored);
    return { ...parseStoredSection(schema, fields ?? config.defaults ?? {}), version };
  };
  /** Locks the organisation's row and reads the section as stored. */
  const lockAndRead = async (tx: Tx, organizationId: string) => {
    const rows = await tx.$queryRaw<{ section: unknown }[]>`
      SELECT "settings" -> ${key}::text AS section FROM "Organization" WHERE "id" = ${organizationId} FOR UPDATE`;
    if (rows.length === 0) throw notFound();
    return fromStored(rows[0].section);
  };
  /** jsonb_set replaces this section alone, so no write of one section touches another. */
  const store = async (tx: Tx, organizationId: string, after: z.output<S>, version: number): Promise<Versioned<z.output<S>>> => {
    const stored = { ...after, version } as Versioned<z.output<S>>;
    await tx.$executeRaw`
      UPDATE "Organization" SET "settings" = jsonb_set("settings", ARRAY[${key}::text], ${JSON.stringify(stored)}::jsonb), "updatedAt" = NOW()
      WHERE "id" = ${organizationId}`;
    return stored;
  };

  return {
    key,
    schema,
    body: settingsBodySchema(schema) as unknown as SettingsSection<S>["body"],
    permissions: { read: config.read, write: config.write },

    async read(who, client = db) {
      if (typeof who !== "string") authorize(who, config.read);
      const organizationId = typeof who === "string" ? who : who.organizationId;
      const organization = await client.organization.findUnique({ where: { id: organizationId }, select: { settings: true } });
      if (!organization) throw notFound();
      return fromStored((organization.settings as Record<string, unknown> | null)?.[key]);
    },

    async write(principal, value, version) {
      authorize(principal, config.write);
      const after = schema.parse(value);
      const organizationId = principal.organizationId;
      return db.$transaction(async (tx) => {
        // The row lock orders concurrent writes: the second reads what the first stored.
        const before = await lockAndRead(tx, organizationId);
        if (before.version !== version) throw conflict();
        await config.beforeWrite?.(tx, { organizationId, before, after });
        const stored = await store(tx, organizationId, after, version + 1);
        await recordAudit(tx, principal, { entity: "organization", entityId: organizationId, action: `settings.${key}`, before, after: stored });
        return stored;
      });
    },

    async seed(tx, organizationId, value) {
      const before = await lockAndRead(tx, organizationId);
      return store(tx, organizationId, schema.parse(value), before.version + 1);
    },
  };
}
