import type { ErrorParams } from "../errors";

/**
 * A domain rule's refusal: a stable `code`, the Swedish sentence for API clients, the fields it
 * concerns and the `params` the UI words it with. It carries no HTTP status, so `rules.ts` stays
 * pure and importable by the UI; the API answers every violation as 400 (lib/api/handler.ts).
 */
export class RuleViolation extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly fields?: Record<string, string[]>,
    readonly params?: ErrorParams,
  ) {
    super(message);
  }
}

/** A violation of the shared code `validation_error`: values that break a rule the schema cannot state. */
export const invalidValues = (message: string, fields: Record<string, string[]>) => new RuleViolation("validation_error", message, fields);
