import { listQuerySchema } from "../api/list";
import { isoDate, isoDateTime } from "../api/route";
import { EVIDENCE_TYPES } from "../maturity/schema";
import { optionalText, requiredDate, text, versionField, writeObject, z } from "../validation/zod";
import { DEFAULT_UNCERTAIN_LIMITS } from "./scoring";

export const ANSWER_TYPES = ["single", "multiple", "range"] as const;
export const RESPONSE_STATUSES = ["draft", "submitted"] as const;
export type ResponseStatus = (typeof RESPONSE_STATUSES)[number];
/** Who wrote a question: MSB (verbatim, attributed) or us/the organisation. */
export const QUESTION_SOURCES = ["msb", "own"] as const;

const key = () => text().trim().min(1).max(60).regex(/^[a-z0-9_.-]+$/i, "Använd bokstäver a–z, siffror, punkt, bindestreck eller understreck.");

const optionSchema = writeObject({ key: key(), label: text().trim().min(1).max(500), points: z.number().int().min(0).max(100) });

/** Maps an indicator's value (a share 0–1, days or a count) to an option: the first range that holds it. */
const prefillSchema = writeObject({
  indicator: text().trim().min(1).max(100),
  ranges: z.array(writeObject({ min: z.number(), max: z.number(), optionKey: key() })).min(1).max(20),
});

export const questionSchema = writeObject({
  code: key(),
  level: z.number().int().min(1).max(4),
  areas: z.array(key()).min(1).max(10),
  text: text().trim().min(1).max(2000),
  comment: optionalText(5000),
  answerType: z.enum(ANSWER_TYPES),
  maxPoints: z.number().int().min(0).max(100).nullish(),
  options: z.array(optionSchema).min(2).max(20),
  prefill: prefillSchema.nullish(),
  source: z.enum(QUESTION_SOURCES).default("own"),
});

function unique<T>(items: T[], pick: (item: T) => string, onDuplicate: (index: number) => void) {
  const seen = new Set<string>();
  items.forEach((item, index) => {
    if (seen.has(pick(item))) onDuplicate(index);
    seen.add(pick(item));
  });
}

export const questionSetCreateSchema = writeObject({
  title: text().trim().min(1).max(200),
  source: optionalText(1000),
  areas: z.array(writeObject({ key: key(), name: text().trim().min(1).max(200) })).min(1).max(30),
  uncertainLimits: z.array(z.number().min(0).max(1)).length(4).default([...DEFAULT_UNCERTAIN_LIMITS]),
  questions: z.array(questionSchema).min(1).max(400),
}).superRefine((set, ctx) => {
  const areaKeys = new Set(set.areas.map((area) => area.key));
  unique(set.areas, (area) => area.key, (index) => ctx.addIssue({ code: "custom", path: ["areas", index, "key"], message: "Arbetsområdet finns redan." }));
  unique(set.questions, (q) => q.code, (index) => ctx.addIssue({ code: "custom", path: ["questions", index, "code"], message: "Koden finns redan i uppsättningen." }));
  set.questions.forEach((question, index) => {
    const optionKeys = new Set(question.options.map((option) => option.key));
    unique(question.options, (o) => o.key, (o) => ctx.addIssue({ code: "custom", path: ["questions", index, "options", o, "key"], message: "Svarsalternativet finns redan i frågan." }));
    question.areas.forEach((area, a) => {
      if (!areaKeys.has(area)) ctx.addIssue({ code: "custom", path: ["questions", index, "areas", a], message: "Okänt arbetsområde." });
    });
    question.prefill?.ranges.forEach((range, r) => {
      if (!optionKeys.has(range.optionKey)) ctx.addIssue({ code: "custom", path: ["questions", index, "prefill", "ranges", r, "optionKey"], message: "Okänt svarsalternativ." });
    });
  });
});

export const evidenceSchema = writeObject({ type: z.enum(EVIDENCE_TYPES), id: z.uuid(), label: text().trim().max(200).optional() });

/** The register figure an accepted pre-filled answer came from. */
const prefillValueSchema = writeObject({
  indicator: text().trim().min(1).max(100),
  value: z.number().nullable(),
  numerator: z.number().nullable(),
  denominator: z.number().nullable(),
});

export const answerSchema = writeObject({
  questionCode: key(),
  optionKeys: z.array(key()).max(20).default([]),
  certain: z.boolean().default(false),
  note: optionalText(5000),
  evidence: z.array(evidenceSchema).max(30).default([]),
  prefill: prefillValueSchema.nullish(),
});

const answersSchema = z.array(answerSchema).max(400);

export const responseCreateSchema = writeObject({
  title: text().trim().min(1).max(200),
  periodFrom: requiredDate().optional(),
  periodTo: requiredDate().optional(),
  answers: answersSchema.default([]),
});

/** A PATCH replaces the whole list of answers when it is sent (the page saves as you go). */
export const responseUpdateSchema = writeObject({
  title: text().trim().min(1).max(200).optional(),
  periodFrom: requiredDate().optional(),
  periodTo: requiredDate().optional(),
  answers: answersSchema.optional(),
  version: versionField,
});

export const submitSchema = writeObject({ version: versionField });
export const questionActionSchema = writeObject({ questionCode: key(), ownerId: z.uuid().nullish() });

export const questionSetListQuerySchema = listQuerySchema(["createdAt", "title"] as const);
export const responseListQuerySchema = listQuerySchema(["createdAt", "periodTo", "title"] as const).extend({ status: z.enum(RESPONSE_STATUSES).optional() });
export const responseParams = z.object({ id: z.uuid(), rid: z.uuid() });
export const compareQuerySchema = z.object({ from: z.uuid(), to: z.uuid() });

export type QuestionInput = z.output<typeof questionSchema>;
export type QuestionSetCreate = z.output<typeof questionSetCreateSchema>;
export type AnswerInput = z.output<typeof answerSchema>;
export type ResponseCreate = z.output<typeof responseCreateSchema>;
export type ResponseUpdate = z.output<typeof responseUpdateSchema>;
export type QuestionAction = z.output<typeof questionActionSchema>;
export type ResponseListQuery = z.output<typeof responseListQuerySchema>;
export type QuestionSetListQuery = z.output<typeof questionSetListQuerySchema>;

// ── Views ──────────────────────────────────────────────────────────────────────────────────────

const stamps = { createdAt: isoDateTime(), updatedAt: isoDateTime(), version: z.number().int() };

export const questionViewSchema = questionSchema.extend({ comment: z.string().nullable(), maxPoints: z.number().nullable(), prefill: prefillSchema.nullable() });
export const questionSetViewSchema = z.object({
  id: z.uuid(),
  title: z.string(),
  source: z.string().nullable(),
  builtin: z.boolean(),
  areas: z.array(z.object({ key: z.string(), name: z.string() })),
  uncertainLimits: z.array(z.number()),
  questions: z.array(questionViewSchema),
  /** True once a response uses the set: it can no longer change. */
  inUse: z.boolean(),
  ...stamps,
}).meta({ id: "QuestionSetView" });
export const questionSetSummaryViewSchema = questionSetViewSchema.omit({ questions: true, areas: true }).extend({ questionCount: z.number().int() });

export const answerViewSchema = z.object({
  questionCode: z.string(),
  optionKeys: z.array(z.string()),
  certain: z.boolean(),
  note: z.string().nullable(),
  evidence: z.array(z.object({ type: z.enum(EVIDENCE_TYPES), id: z.uuid(), label: z.string().optional(), title: z.string().optional(), href: z.string().nullable().optional() })),
  prefill: prefillValueSchema.nullable(),
});

const levelResultSchema = z.object({
  level: z.number().int(),
  questions: z.number().int(),
  required: z.number().int(),
  points: z.number().int(),
  minimumMet: z.boolean(),
  uncertainShare: z.number(),
  uncertainLimit: z.number(),
  reached: z.boolean(),
});
export const resultViewSchema = z.object({
  level: z.number().int(),
  /** "Under nivå 1" for level 0, otherwise "Nivå n". */
  label: z.string(),
  levels: z.array(levelResultSchema),
  areas: z.array(z.object({ key: z.string(), level: z.number().int() })),
  next: z.object({ level: z.number().int(), pointsMissing: z.number().int(), questionsBelowMinimum: z.array(z.string()), uncertainToResolve: z.number().int() }).nullable(),
  /** True when read from the response as submitted, false when computed live for a draft. */
  stored: z.boolean(),
}).meta({ id: "QuestionnaireResult" });

export const responseViewSchema = z.object({
  id: z.uuid(),
  questionSetId: z.uuid(),
  title: z.string(),
  periodFrom: isoDate(),
  periodTo: isoDate(),
  status: z.enum(RESPONSE_STATUSES),
  answers: z.array(answerViewSchema),
  submittedAt: isoDateTime().nullable(),
  level: z.number().int().nullable(),
  ...stamps,
}).meta({ id: "QuestionnaireResponseView" });
export const responseSummaryViewSchema = responseViewSchema.omit({ answers: true }).extend({ answered: z.number().int() });

export const prefillProposalSchema = z.object({
  questionCode: z.string(),
  indicator: z.string(),
  label: z.string(),
  value: z.number().nullable(),
  numerator: z.number().nullable(),
  denominator: z.number().nullable(),
  unit: z.string(),
  href: z.string().optional(),
  optionKey: z.string().nullable(),
});

/** Benchmarking: only when at least five organisations contributed; never names or ids. */
export const benchmarkViewSchema = z.object({
  available: z.boolean(),
  contributors: z.number().int(),
  areas: z.array(z.object({ key: z.string(), p25: z.number(), median: z.number(), p75: z.number() })).optional(),
}).meta({ id: "QuestionnaireBenchmark" });

export type BenchmarkView = z.infer<typeof benchmarkViewSchema>;
export type QuestionView = z.infer<typeof questionViewSchema>;
export type QuestionSetView = z.infer<typeof questionSetViewSchema>;
export type QuestionSetSummaryView = z.infer<typeof questionSetSummaryViewSchema>;
export type AnswerView = z.infer<typeof answerViewSchema>;
export type ResultView = z.infer<typeof resultViewSchema>;
export type ResponseView = z.infer<typeof responseViewSchema>;
export type ResponseSummaryView = z.infer<typeof responseSummaryViewSchema>;
export type PrefillProposal = z.infer<typeof prefillProposalSchema>;
