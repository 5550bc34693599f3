/**
 * PostgreSQL's "this text cannot be stored": 22021 invalid byte sequence (e.g. NUL), 22P05
 * untranslatable character. The schemas reject NUL first; this catches what slips past them
 * (a path id, a future field) so it is a 400, not a 500.
 */
const INVALID_TEXT_CODES = new Set(["22021", "22P05"]);

interface DbErrorShape {
  code?: unknown;
  originalCode?: unknown;
  cause?: unknown;
  meta?: { driverAdapterError?: unknown };
}

/**
 * Through @prisma/adapter-pg the SQLSTATE arrives wrapped: a PrismaClientKnownRequestError
 * (P2039 for model queries, P2010 for raw ones) with `meta.driverAdapterError.cause.originalCode`;
 * a bare DriverAdapterError carries it in `cause`, and pg's own error in `code`.
 */
export function isInvalidTextError(error: unknown, depth = 0): boolean {
  if (typeof error !== "object" || error === null || depth > 3) return false;
  const shape = error as DbErrorShape;
  if (INVALID_TEXT_CODES.has(String(shape.originalCode)) || INVALID_TEXT_CODES.has(String(shape.code))) return true;
  return isInvalidTextError(shape.meta?.driverAdapterError, depth + 1) || isInvalidTextError(shape.cause, depth + 1);
}
