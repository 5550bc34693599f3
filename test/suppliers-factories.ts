import type { Principal } from "../lib/authz/roles";
import { db } from "../lib/db/client";
import { createSupplier } from "../lib/suppliers/service";
import type { SupplierCreate } from "../lib/suppliers/schema";
import { createTestAsset } from "./assets-factories";

/** A small requirements catalogue: confidentiality from levels 2, 3 and 4, availability from 2. */
export async function createCatalogue(organizationId: string) {
  const make = (code: string, aspect: string, minLevel: number) =>
    db.securityRequirement.create({ data: { organizationId, code, title: `Krav ${code}`, category: "technical", aspect, minLevel } });
  const [k2, k3, k4, t2] = await Promise.all([make("K2", "confidentiality", 2), make("K3", "confidentiality", 3), make("K4", "confidentiality", 4), make("T2", "availability", 2)]);
  return { k2, k3, k4, t2 };
}

/** An asset classified at the given confidentiality level (integrity and availability 1). */
export const classifiedAsset = (principal: Principal, confidentiality: number, extra: { personalData?: boolean; ownerId?: string; name?: string } = {}) =>
  createTestAsset(principal, { name: extra.name ?? `Tillgång K${confidentiality}`, confidentiality, integrity: 1, availability: 1, personalData: extra.personalData ?? false, ownerId: extra.ownerId });

export const createTestSupplier = (principal: Principal, input: Partial<SupplierCreate> = {}) =>
  createSupplier(principal, { name: "Skolplattformen AB", category: "saas", country: "SE", status: "active", ...input });
