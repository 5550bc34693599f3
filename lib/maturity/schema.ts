import { listQuerySchema } from "../api/list";
import { isoDateTime } from "../api/route";
import type { RecordType } from "../records/registry";
import { optionalText, requiredDate, text, versionField, writeObject, z } from "../validation/zod";
import { ASPECT_KEYS, PERSPECTIVE_KEYS, type AspectKey } from "./msb-model";

export const ASSESSMENT_STATUSES = ["draft", "completed"] as const;
export type AssessmentStatus = (typeof ASSESSMENT_STATUSES)[number];

/** Time frame of an improvement proposal, in months: 0–6, 6–12 or longer. */
export const PROPOSAL_HORIZONS = ["0-6", "6-12", "long"] as const;
export type ProposalHorizon = (typeof PROPOSAL_HORIZONS)[number];

/** Register records a group may point to as evidence for its level (types of lib/records/registry.ts). */
export const EVIDENCE_TYPES = ["asset", "risk", "risk_analysis", "incident", "action"] as const satisfies readonly RecordType[];
export type EvidenceType = (typeof EVIDENCE_TYPES)[number];

const evidenceSchema = writeObject({
  type: z.enum(EVIDENCE_TYPES),
  id: z.uuid(),
  label: text().trim().max(200).optional(),
});

/** Notes per MSB aspect; empty notes are dropped so a session reads back as it was meant. */
const aspectNotesSchema = writeObject(
  Object.fromEntries(ASPECT_KEYS.map((key) => [key, text().trim().max(5000).optional()])) as Record<AspectKey, z.ZodOptional<z.ZodString>>,
).transform((notes) => Object.fromEntries(Object.entries(notes).filter(([, note]) => !!note)) as Partial<Record<AspectKey, string>>);

export const entrySchema = writeObject({
  perspective: z.enum(PERSPECTIVE_KEYS),
  /** 1–4 on MSB's scale; null means the group has not assessed the perspective (yet). */
  level: z.number().int().min(1).max(4).nullable().default(null),
  aspectNotes: aspectNotesSchema.default({}),
  /** The "Varför?" bullets. */
  reasons: z.array(text().trim().min(1).max(1000)).max(30).default([]),
  evidence: z.array(evidenceSchema).max(50).default([]),
});

export const proposalSchema = writeObject({
  /** Set to keep an existing proposal (and its link to an action) when saving again. */
  id: z.uuid().optional(),
  perspective: z.enum(PERSPECTIVE_KEYS),
  // Becomes the action's title, which holds 200 characters.
  what: text().trim().min(1).max(200),
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
  title: text().trim().min(1).max(200),
  heldAt: requiredDate(),
  participants: z.array(text().trim().min(1).max(200)).max(50).default([]),
  facilitator: optionalText(200),
  status: z.enum(ASSESSMENT_STATUSES).default("draft"),
  entries: entriesSchema.default([]),
  proposals: proposalsSchema.default([]),
};

export const assessmentCreateSchema = writeObject(assessmentFields);

/** A PATCH replaces the whole list of entries (or proposals) when the list is sent, and leaves it alone otherwise. */
export const assessmentUpdateSchema = writeObject({
  title: assessmentFields.title.optional(),
  heldAt: assessmentFields.heldAt.optional(),
  participants: z.array(text().trim().min(1).max(200)).max(50).optional(),
  facilitator: assessmentFields.facilitator,
  status: z.enum(ASSESSMENT_STATUSES).optional(),
  entries: entriesSchema.optional(),
  proposals: proposalsSchema.optional(),
  version: versionField,
});

export const assessmentListQuerySchema = listQuerySchema(["heldAt", "title", "createdAt"] as const).extend({
  status: z.enum(ASSESSMENT_STATUSES).optional(),
});

export const proposalActionSchema = writeObject({
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

const level = () => z.number().int().nullable();

export const evidenceViewSchema = z.object({ type: z.enum(EVIDENCE_TYPES), id: z.uuid(), label: z.string().optional() });
export type EvidenceView = z.infer<typeof evidenceViewSchema>;

export const entryViewSchema = z.object({
  perspective: z.enum(PERSPECTIVE_KEYS),
  level: level(),
  aspectNotes: z.partialRecord(z.enum(ASPECT_KEYS), z.string()),
  reasons: z.array(z.string()),
  evidence: z.array(evidenceViewSchema),
});
export type EntryView = z.infer<typeof entryViewSchema>;

export const proposalViewSchema = z.object({
  id: z.uuid(),
  position: z.number().int(),
  perspective: z.enum(PERSPECTIVE_KEYS),
  what: z.string(),
  how: z.string().nullable(),
  who: z.string().nullable(),
  horizon: z.enum(PROPOSAL_HORIZONS),
  actionId: z.uuid().nullable(),
}).meta({ id: "ProposalView" });
export type ProposalView = z.infer<typeof proposalViewSchema>;

const sessionFields = {
  id: z.uuid(),
  title: z.string(),
  heldAt: isoDateTime(),
  participants: z.array(z.string()),
  facilitator: z.string().nullable(),
  status: z.enum(ASSESSMENT_STATUSES),
};
const stamps = { createdAt: isoDateTime(), updatedAt: isoDateTime(), version: z.number().int() };

export const assessmentViewSchema = z.object({
  ...sessionFields,
  /** In MSB's perspective order. */
  entries: z.array(entryViewSchema),
  /** In the order the group put them. */
  proposals: z.array(proposalViewSchema),
  ...stamps,
}).meta({ id: "AssessmentView" });
export type AssessmentView = z.infer<typeof assessmentViewSchema>;

/** A list row: the session with its levels, without notes and proposals. */
export const assessmentSummaryViewSchema = z.object({
  ...sessionFields,
  levels: z.record(z.enum(PERSPECTIVE_KEYS), level()),
  proposalCount: z.number().int(),
  ...stamps,
}).meta({ id: "AssessmentSummaryView" });
export type AssessmentSummaryView = z.infer<typeof assessmentSummaryViewSchema>;
