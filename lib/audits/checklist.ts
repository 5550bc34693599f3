import "server-only";
import { authorize } from "../authz/authorize";
import type { Principal } from "../authz/roles";
import { db } from "../db/client";
import { nextVersion, updateAudited, versionedWhere } from "../db/mutation";
import { recordAudit } from "../audit/trail";
import { notFound } from "../errors";
import { toChecklistItemView } from "./queries";
import type { ChecklistItemCreate, ChecklistItemUpdate, ChecklistItemView } from "./schema";

// Checklist changes are written to the audit trail under the audit (entity "audit"), so the audit's
// history shows the detailed plan and the notes taken during the interviews.

async function writableAudit(principal: Principal, auditId: string) {
  const audit = await db.audit.findUnique({ where: { id: auditId }, select: { id: true, organizationId: true } });
  authorize(principal, "audits.write", audit);
  return audit!;
}

export async function addChecklistItem(principal: Principal, auditId: string, input: ChecklistItemCreate): Promise<ChecklistItemView> {
  await writableAudit(principal, auditId);
  const row = await db.$transaction(async (tx) => {
    const position = input.position ?? (await tx.auditChecklistItem.count({ where: { auditId } }));
    const created = await tx.auditChecklistItem.create({ data: { ...input, position, auditId } });
    await recordAudit(tx, principal, { entity: "audit", entityId: auditId, action: "checklist_add", after: created });
    return created;
  });
  return toChecklistItemView(row);
}

/** Saved as the auditor types (tablet during the interview); a stale version is 409, never a lost note. */
export async function updateChecklistItem(principal: Principal, auditId: string, itemId: string, input: ChecklistItemUpdate): Promise<ChecklistItemView> {
  const { version, ...changes } = input;
  const row = await updateAudited(principal, "audit", {
    version,
    action: "checklist_update",
    load: async (tx) => {
      const item = await tx.auditChecklistItem.findUnique({ where: { id: itemId }, include: { audit: { select: { organizationId: true } } } });
      if (item && item.auditId !== auditId) throw notFound();
      return item ? { ...item, id: auditId, itemId: item.id, organizationId: item.audit.organizationId } : null;
    },
    check: (before) => authorize(principal, "audits.write", before),
    update: (tx) => tx.auditChecklistItem.update({ where: versionedWhere(itemId, version), data: { ...changes, ...nextVersion } }),
  });
  return toChecklistItemView(row);
}

/** Copies an earlier audit's questions (not its notes) to the end of this audit's checklist. */
export async function copyChecklist(principal: Principal, auditId: string, fromAuditId: string): Promise<ChecklistItemView[]> {
  await writableAudit(principal, auditId);
  const source = await db.audit.findUnique({ where: { id: fromAuditId }, select: { organizationId: true } });
  authorize(principal, "audits.read", source);
  await db.$transaction(async (tx) => {
    const items = await tx.auditChecklistItem.findMany({ where: { auditId: fromAuditId }, orderBy: { position: "asc" } });
    const start = await tx.auditChecklistItem.count({ where: { auditId } });
    await tx.auditChecklistItem.createMany({ data: items.map((item, index) => ({ auditId, position: start + index, question: item.question, criterion: item.criterion })) });
    await recordAudit(tx, principal, { entity: "audit", entityId: auditId, action: "checklist_copy", after: { fromAuditId, count: items.length } });
  });
  const rows = await db.auditChecklistItem.findMany({ where: { auditId }, orderBy: [{ position: "asc" }, { createdAt: "asc" }] });
  return rows.map(toChecklistItemView);
}

/** One question per reference of the audit's criteria that the checklist does not ask about yet. */
export async function generateChecklist(principal: Principal, auditId: string): Promise<ChecklistItemView[]> {
  await writableAudit(principal, auditId);
  await db.$transaction(async (tx) => {
    const audit = await tx.audit.findUniqueOrThrow({ where: { id: auditId }, select: { criteriaRefs: true } });
    const asked = new Set((await tx.auditChecklistItem.findMany({ where: { auditId }, select: { criterion: true } })).map((item) => item.criterion));
    const missing = audit.criteriaRefs.filter((ref) => !asked.has(ref));
    const start = await tx.auditChecklistItem.count({ where: { auditId } });
    await tx.auditChecklistItem.createMany({ data: missing.map((ref, index) => ({ auditId, position: start + index, question: `Hur uppfylls ${ref}? Vilka bevis finns?`, criterion: ref })) });
    await recordAudit(tx, principal, { entity: "audit", entityId: auditId, action: "checklist_generate", after: { criteria: missing } });
  });
  const rows = await db.auditChecklistItem.findMany({ where: { auditId }, orderBy: [{ position: "asc" }, { createdAt: "asc" }] });
  return rows.map(toChecklistItemView);
}
