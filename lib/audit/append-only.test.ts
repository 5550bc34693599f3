import { describe, expect, it } from "vitest";
import { createOrganization } from "../../test/factories";
import { db } from "../db/client";
import { recordAudit } from "./trail";

async function auditedOrganization() {
  const organization = await createOrganization();
  await db.$transaction((tx) => recordAudit(tx, null, { organizationId: organization.id, entity: "organization", entityId: organization.id, action: "create" }));
  const event = await db.auditEvent.findFirstOrThrow({ where: { organizationId: organization.id } });
  return { organization, event };
}

describe("audit trail is append-only for the application's own database role", () => {
  it("accepts inserts", async () => {
    const { organization, event } = await auditedOrganization();
    expect(event).toMatchObject({ organizationId: organization.id, action: "create", actorLabel: "system" });
  });

  it("rejects UPDATE and DELETE through raw SQL and through the client, leaving the event as it was", async () => {
    const { event } = await auditedOrganization();
    await expect(db.$executeRaw`UPDATE "AuditEvent" SET "action" = 'forged' WHERE "id" = ${event.id}`).rejects.toThrow(/append-only/);
    await expect(db.$executeRaw`DELETE FROM "AuditEvent" WHERE "id" = ${event.id}`).rejects.toThrow(/append-only/);
    await expect(db.auditEvent.update({ where: { id: event.id }, data: { actorLabel: "someone else" } })).rejects.toThrow(/append-only/);
    await expect(db.auditEvent.deleteMany({ where: { id: event.id } })).rejects.toThrow(/append-only/);
    expect(await db.auditEvent.findUniqueOrThrow({ where: { id: event.id } })).toEqual(event);
  });

  it("rejects TRUNCATE", async () => {
    const { event } = await auditedOrganization();
    await expect(db.$executeRawUnsafe(`TRUNCATE "AuditEvent"`)).rejects.toThrow(/append-only/);
    expect(await db.auditEvent.count({ where: { id: event.id } })).toBe(1);
  });

  it("so an organisation with audit events cannot be deleted (the app never deletes organisations)", async () => {
    const { organization } = await auditedOrganization();
    await expect(db.organization.delete({ where: { id: organization.id } })).rejects.toThrow(/append-only/);
    expect(await db.organization.count({ where: { id: organization.id } })).toBe(1);
  });
});
