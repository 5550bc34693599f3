import { forbidden, notFound } from "../errors";
import { grantFor, type Permission } from "./permissions";
import type { Principal } from "./roles";

/** What authorisation needs to know of a record. */
export interface RecordRef {
  organizationId: string;
  /** Users who count as owning the record (asset owner, reporter, risk owner…). */
  ownerIds?: ReadonlyArray<string | null | undefined>;
}

/**
 * The one authorisation decision. Without a record: may this role do this at all?
 * With a record: another organisation's record is 404 (its existence is not revealed),
 * a record the role may not touch is 403.
 */
export function authorize(principal: Principal, permission: Permission, record?: RecordRef | null, message?: string): void {
  if (record !== undefined && (record === null || record.organizationId !== principal.organizationId)) throw notFound();
  const grant = grantFor(principal.role, permission);
  if (!grant) throw forbidden(message);
  if (grant === "own" && record && !record.ownerIds?.includes(principal.userId)) throw forbidden(message);
}

/** True when `authorize` would pass; for showing or hiding UI. */
export function can(principal: Principal, permission: Permission, record?: RecordRef): boolean {
  try {
    authorize(principal, permission, record);
    return true;
  } catch {
    return false;
  }
}

/** "own" when lists must be narrowed to the user's records, "all" otherwise; 403 when neither. */
export function listScope(principal: Principal, permission: Permission): "all" | "own" {
  const grant = grantFor(principal.role, permission);
  if (!grant) throw forbidden();
  return grant;
}
