import "server-only";
import { paged, pageArgs, type ListResult } from "../api/list";
import { authorize } from "../authz/authorize";
import type { Principal } from "../authz/roles";
import type { Aspect } from "../classification/schema";
import { db, type Tx } from "../db/client";
import { createAudited, deleteAudited, nextVersion, updateAudited, versionedWhere } from "../db/mutation";
import { badRequest } from "../errors";
import type { RequirementCategory, RequirementCreate, RequirementListQuery, RequirementUpdate, SecurityRequirementView } from "./requirements-schema";

type RequirementRow = Awaited<ReturnType<typeof db.securityRequirement.findFirstOrThrow>>;

export function toRequirementView(row: RequirementRow): SecurityRequirementView {
  return {
    id: row.id,
    code: row.code,
    title: row.title,
    description: row.description,
    category: row.category as RequirementCategory,
    aspect: row.aspect as Aspect,
    minLevel: row.minLevel,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    version: row.version,
  };
}

export async function listRequirements(principal: Principal, query: RequirementListQuery): Promise<ListResult<SecurityRequirementView>> {
  authorize(principal, "assets.read");
  const where = {
    organizationId: principal.organizationId,
    ...(query.category ? { category: query.category } : {}),
    ...(query.aspect ? { aspect: query.aspect } : {}),
    ...(query.q
      ? { OR: [{ code: { contains: query.q, mode: "insensitive" as const } }, { title: { contains: query.q, mode: "insensitive" as const } }] }
      : {}),
  };
  return paged(query, db.securityRequirement.findMany({ where, ...pageArgs(query, { code: "asc" }) }), db.securityRequirement.count({ where }), (rows) => rows.map(toRequirementView));
}

export async function getRequirement(principal: Principal, id: string): Promise<SecurityRequirementView> {
  const row = await db.securityRequirement.findUnique({ where: { id } });
  authorize(principal, "assets.read", row);
  return toRequirementView(row!);
}

/** Codes are unique per organisation; say so on the field rather than as a bare conflict. */
async function assertFreeCode(tx: Tx, organizationId: string, code: string | undefined, selfId?: string): Promise<void> {
  if (!code) return;
  const taken = await tx.securityRequirement.findFirst({ where: { organizationId, code, ...(selfId ? { id: { not: selfId } } : {}) }, select: { id: true } });
  if (taken) throw badRequest("Koden används redan.", { code: ["Det finns redan ett krav med den koden."] });
}

export async function createRequirement(principal: Principal, input: RequirementCreate): Promise<SecurityRequirementView> {
  authorize(principal, "security-requirements.manage");
  const row = await createAudited(principal, "security_requirement", async (tx) => {
    await assertFreeCode(tx, principal.organizationId, input.code);
    return tx.securityRequirement.create({ data: { ...input, organizationId: principal.organizationId } });
  });
  return toRequirementView(row);
}

export async function updateRequirement(principal: Principal, id: string, input: RequirementUpdate): Promise<SecurityRequirementView> {
  const { version, ...changes } = input;
  const row = await updateAudited(principal, "security_requirement", {
    version,
    load: (tx) => tx.securityRequirement.findUnique({ where: { id } }),
    check: (before) => authorize(principal, "security-requirements.manage", before),
    update: async (tx) => {
      await assertFreeCode(tx, principal.organizationId, changes.code, id);
      return tx.securityRequirement.update({ where: versionedWhere(id, version), data: { ...changes, ...nextVersion } });
    },
  });
  return toRequirementView(row);
}

export async function deleteRequirement(principal: Principal, id: string): Promise<void> {
  await deleteAudited(principal, "security_requirement", {
    load: (tx) => tx.securityRequirement.findUnique({ where: { id } }),
    check: (before) => authorize(principal, "security-requirements.manage", before),
    remove: (tx) => tx.securityRequirement.delete({ where: { id } }),
  });
}
