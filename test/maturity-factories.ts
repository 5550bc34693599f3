import type { Principal } from "../lib/authz/roles";
import { PERSPECTIVE_KEYS, type PerspectiveKey } from "../lib/maturity/msb-model";
import { assessmentCreateSchema } from "../lib/maturity/schema";
import { createAssessment } from "../lib/maturity/service";

/** A session body as a client would send it: six entries (levels in MSB's order) and one proposal. */
export function assessmentBody(overrides: Record<string, unknown> = {}, levels: Array<number | null> = [2, 3, 2, 1, 2, 2]) {
  return {
    title: "Mognadsdialog ledningsgruppen",
    heldAt: "2025-03-12T09:00:00.000Z",
    participants: ["Kommundirektör", "CISO", "IT-chef"],
    facilitator: "Informationssäkerhetssamordnare",
    status: "completed",
    entries: PERSPECTIVE_KEYS.map((perspective, index) => ({
      perspective,
      level: levels[index] ?? null,
      aspectNotes: { arbetssatt: `Arbetssätt för ${perspective}` },
      reasons: [`Skäl för ${perspective}`],
      evidence: [],
    })),
    proposals: [{ perspective: "riskhantering", what: "Inför årlig riskanalys", how: "Mall och workshop", who: "CISO", horizon: "0-6" }],
    ...overrides,
  };
}

/** Creates a session through the service, validated like the API does. */
export async function createTestAssessment(principal: Principal, overrides: Record<string, unknown> = {}, levels?: Array<number | null>) {
  return createAssessment(principal, assessmentCreateSchema.parse(assessmentBody(overrides, levels)));
}

export const levelsOf = (entries: ReadonlyArray<{ perspective: string; level: number | null }>) =>
  Object.fromEntries(entries.map((entry) => [entry.perspective, entry.level])) as Record<PerspectiveKey, number | null>;
