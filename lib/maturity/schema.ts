import { listQuerySchema } from "../api/list";
import { optionalText, requiredDate, versionField, z } from "../validation/zod";
import { ASPECT_KEYS, PERSPECTIVE_KEYS, type AspectKey, type PerspectiveKey } from "./msb-model";

export const ASSESSMENT_STATUSES = ["draft", "completed"] as const;
export type AssessmentStatus = (typeof ASSESSMENT_STATUSES)[number];

/** Time frame of an improvement proposal, in months: 0–6, 6–12 or longer. */
export const PROPOSAL_HORIZONS = ["0-6", "6-12", "long"] as const;
export type ProposalHorizon = (typeof PROPOSAL_HORIZONS)[number];

/** Register records a group may point to as evidence for its level. */
export const EVIDENCE_TYPES = [
  "asset",
  "risk",
  "risk_analysis",
  "incident",
  "action",
  "supplier",
  "contract",
  "training",
  "audit",
  "finding",
  "management_review",
] as const;
export type EvidenceType = (typeof EVIDENCE_TYPES)[number];

const evidenceSchema = z.strictObject({
  type: z.enum(EVIDENCE_TYPES),
  id: z.uuid(),
  label: z.string().trim().max(200).optional(),
});

/** Notes per MSB aspect; empty notes are dropped so a session reads back as it was meant. */
const aspectNotesSchema = z
  .strictObject(Object.fromEntries(ASPECT_KEYS.map((key) => [key, z.string().trim().max(5000).optional()])) as Record<AspectKey, z.ZodOptional<z.ZodString>>)
  .transform((notes) => Object.fromEntries(Object.entries(notes).filter(([, text]) => !!text)) as Partial<Record<AspectKey, string>>);

export const entrySchema = z.strictObject({
  perspective: z.enum(PERSPECTIVE_KEYS),
  /** 1–4 on MSB's scale; null means the group has not assessed the perspective (yet). */
  level: z.number().int().min(1).max(4).nullable().default(null),
  aspectNotes: aspectNotesSchema.default({}),
  /** The "Varför?" bullets. */
  reasons: z.array(z.string().trim().min(1).max(1000)).max(30).default([]),
  evidence: z.array(evidenceSchema).max(50).default([]),
});

export const proposalSchema = z.strictObject({
  /** Set to keep an existing proposal (and its link to an action) when saving again. */
  id: z.uuid().optional(),
  perspective: z.enum(PERSPECTIVE_KEYS),
  // Becomes the action's title, which holds 200 characters.
  what: z.string().trim().min(1).max(200),
  how: optionalText(2000),
  who: optionalText(200),
  horizon: z.enum(PROPOSAL_HORIZONS),
});

const entriesSchema = z
  .array(entrySchema)
  .max(PERSPECTIVE_KEYS.length)
  .superRefine((entries, ctx) => {
    const seen = new Set<string>();
    entries.forEach((entry, index) => {
      if (seen.has(entry.perspective)) ctx.addIssue({ code: "custom", path: [index, "perspective"], message: "Perspektivet finns redan i sessionen." });
      seen.add(entry.perspective);
    });
  });

const proposalsSchema = z
  .array(proposalSchema)
  .max(100)
  .superRefine((proposals, ctx) => {
    const seen = new Set<string>();
    proposals.forEach((proposal, index) => {
      if (!proposal.id) return;
      if (seen.has(proposal.id)) ctx.addIssue({ code: "custom", path: [index, "id"], message: "Förslaget finns redan i listan." });
      seen.add(proposal.id);
    });
  });

const assessmentFields = {
  title: z.string().trim().min(1).max(200),
  heldAt: requiredDate(),
  participants: z.array(z.string().trim().min(1).max(200)).max(50).default([]),
  facilitator: optionalText(200),
  status: z.enum(ASSESSMENT_STATUSES).default("draft"),
  entries: entriesSchema.default([]),
  proposals: proposalsSchema.default([]),
};

export const assessmentCreateSchema = z.object(assessmentFields);

/** A PATCH replaces the whole list of entries (or proposals) when the list is sent, and leaves it alone otherwise. */
export const assessmentUpdateSchema = z.object({
  title: assessmentFields.title.optional(),
  heldAt: assessmentFields.heldAt.optional(),
  participants: z.array(z.string().trim().min(1).max(200)).max(50).optional(),
  facilitator: assessmentFields.facilitator,
  status: z.enum(ASSESSMENT_STATUSES).optional(),
  entries: entriesSchema.optional(),
  proposals: proposalsSchema.optional(),
  version: versionField,
});

export const assessmentListQuerySchema = listQuerySchema(["heldAt", "title", "createdAt"] as const).extend({
  status: z.enum(ASSESSMENT_STATUSES).optional(),
});

export const proposalActionSchema = z.object({
  ownerId: z.uuid().nullish(),
});

export const compareQuerySchema = z.object({ from: z.uuid(), to: z.uuid() });
export const trendQuerySchema = z.object({ status: z.enum([...ASSESSMENT_STATUSES, "all"]).default("completed") });

export type EntryInput = z.output<typeof entrySchema>;
export type ProposalInput = z.output<typeof proposalSchema>;
export type AssessmentCreate = z.output<typeof assessmentCreateSchema>;
export type AssessmentUpdate = z.output<typeof assessmentUpdateSchema>;
export type AssessmentListQuery = z.output<typeof assessmentListQuerySchema>;
export type ProposalAction = z.output<typeof proposalActionSchema>;

export interface EvidenceView {
  type: EvidenceType;
  id: string;
  label?: string;
}

export interface EntryView {
  perspective: PerspectiveKey;
  level: number | null;
  aspectNotes: Partial<Record<AspectKey, string>>;
  reasons: string[];
  evidence: EvidenceView[];
}

export interface ProposalView {
  id: string;
  position: number;
  perspective: PerspectiveKey;
  what: string;
  how: string | null;
  who: string | null;
  horizon: ProposalHorizon;
  actionId: string | null;
}

export interface AssessmentView {
  id: string;
  title: string;
  heldAt: string;
  participants: string[];
  facilitator: string | null;
  status: AssessmentStatus;
  /** In MSB's perspective order. */
  entries: EntryView[];
  /** In the order the group put them. */
  proposals: ProposalView[];
  createdAt: string;
  updatedAt: string;
  version: number;
}

/** A list row: the session with its levels, without notes and proposals. */
export interface AssessmentSummaryView {
  id: string;
  title: string;
  heldAt: string;
  participants: string[];
  facilitator: string | null;
  status: AssessmentStatus;
  levels: Record<PerspectiveKey, number | null>;
  proposalCount: number;
  createdAt: string;
  updatedAt: string;
  version: number;
}
