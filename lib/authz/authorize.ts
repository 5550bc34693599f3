import { forbidden, notFound } from "../errors";
import { grantFor, type Permission } from "./permissions";
import { ROLES, type Principal, type Role } from "./roles";

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

/**
 * True when `authorize` would pass; for showing or hiding UI. Without a record it answers "may do
 * this at all", which an "own" grant passes: ask "may see everything" with `scopeOf`.
 */
export function can(principal: Principal, permission: Permission, record?: RecordRef | null): boolean {
  try {
    authorize(principal, permission, record);
    return true;
  } catch {
    return false;
  }
}

export type Scope = "all" | "own" | "none";

/**
 * The one answer to "how much of this may the user see or do": every record of the organisation,
 * only their own, or nothing. `can(principal, permission)` without a record is true for "own" too,
 * so "may see everything" is always asked as `scopeOf(...) === "all"`.
 */
export function scopeOf(principal: Pick<Principal, "role">, permission: Permission): Scope {
  return grantFor(principal.role, permission) ?? "none";
}

/** The roles that hold a permission at all (for "who can be picked as risk owner"). */
export function rolesWith(permission: Permission): Role[] {
  return ROLES.filter((role) => grantFor(role, permission) !== undefined);
}
