import { booleanParam, listQuerySchema, searchParam } from "../api/list";
import { isoDate, isoDateTime } from "../api/route";
import { exportFormatSchema } from "../export/format";
import { optionalDate, optionalText, requiredDate, text, versionField, writeObject, z } from "../validation/zod";

/** MSB's five basic knowledge areas (DESIGN §6). */
export const KNOWLEDGE_AREAS = ["what_and_why", "rules", "support_tools", "threats_risks", "incident_response"] as const;

/** MSB's names of its five basic knowledge areas (DESIGN §6): MSB's words, Swedish in both languages (shown with lang="sv"). */
export const KNOWLEDGE_AREA_NAMES = {
  what_and_why: "Vad informationssäkerhet är och varför den är viktig",
  rules: "Gällande regler och krav",
  support_tools: "Stöd och verktyg för att arbeta informationssäkert",
  threats_risks: "Hot, sårbarheter och risker",
  incident_response: "Vad man gör när en incident inträffar",
} as const satisfies Record<(typeof KNOWLEDGE_AREAS)[number], string>;
export type KnowledgeArea = (typeof KNOWLEDGE_AREAS)[number];

/** Stored target groups; `all_staff` (everyone) and `new_staff` (first year) are derived for people. */
export const TARGET_GROUPS = ["all_staff", "managers", "it", "information_owners", "new_staff"] as const;
export type TargetGroup = (typeof TARGET_GROUPS)[number];
export const PERSON_GROUPS = ["managers", "it", "information_owners"] as const;

export const TRAINING_KINDS = ["e_learning", "classroom", "workshop", "micro_learning", "phishing_exercise", "other"] as const;
export const TRAINING_STATUSES = ["draft", "active", "paused", "retired"] as const;
export const RECORD_SOURCES = ["manual", "import", "api"] as const;
export const SURVEY_METHODS = ["questionnaire", "test", "interview", "other"] as const;
export const COVERAGE_STATUSES = ["current", "due_soon", "overdue", "never"] as const;
export type TrainingStatus = (typeof TRAINING_STATUSES)[number];
export type CoverageStatus = (typeof COVERAGE_STATUSES)[number];

// ─── People ───
export const personCreateSchema = writeObject({
  name: text().trim().min(1).max(200),
  email: z.email().max(320).nullish().transform((v) => (v ? v.toLowerCase() : v)),
  employeeNumber: text().trim().min(1).max(50).nullish(),
  orgUnitId: z.uuid().nullish(),
  targetGroups: z.array(z.enum(PERSON_GROUPS)).max(10).default([]),
  startedAt: optionalDate(),
  endedAt: optionalDate(),
  userId: z.uuid().nullish(),
});
export const personUpdateSchema = personCreateSchema.partial().extend({ version: versionField });
export const personListQuerySchema = listQuerySchema(["name", "employeeNumber", "startedAt", "updatedAt"]).extend({
  orgUnitId: z.uuid().optional(),
  /** Only people without an end date in the past (default). */
  active: booleanParam(),
  q: searchParam(),
});
export type PersonCreate = z.output<typeof personCreateSchema>;
export type PersonUpdate = z.output<typeof personUpdateSchema>;
export type PersonListQuery = z.output<typeof personListQuerySchema>;

export const personViewSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  email: z.string().nullable(),
  employeeNumber: z.string().nullable(),
  orgUnitId: z.uuid().nullable(),
  orgUnitName: z.string().nullable(),
  targetGroups: z.array(z.string()),
  startedAt: isoDate().nullable(),
  endedAt: isoDate().nullable(),
  userId: z.uuid().nullable(),
  createdAt: isoDateTime(),
  updatedAt: isoDateTime(),
  version: z.number().int(),
}).meta({ id: "PersonView" });
export type PersonView = z.infer<typeof personViewSchema>;

// ─── Trainings ───
export const trainingCreateSchema = writeObject({
  title: text().trim().min(1).max(200),
  description: optionalText(5000),
  kind: z.enum(TRAINING_KINDS),
  targetGroups: z.array(z.enum(TARGET_GROUPS)).min(1).max(10).default(["all_staff"]),
  mandatory: z.boolean().default(false),
  recurrenceMonths: z.number().int().min(1).max(120).nullish(),
  newStaffWithinDays: z.number().int().min(1).max(365).nullish(),
  knowledgeAreas: z.array(z.enum(KNOWLEDGE_AREAS)).max(5).default([]),
  ownerId: z.uuid().nullish(),
  status: z.enum(TRAINING_STATUSES).default("draft"),
});
export const trainingUpdateSchema = trainingCreateSchema.partial().extend({ version: versionField });
export const trainingListQuerySchema = listQuerySchema(["title", "status", "updatedAt"]).extend({ status: z.enum(TRAINING_STATUSES).optional(), kind: z.enum(TRAINING_KINDS).optional() });
export type TrainingCreate = z.output<typeof trainingCreateSchema>;
export type TrainingUpdate = z.output<typeof trainingUpdateSchema>;
export type TrainingListQuery = z.output<typeof trainingListQuerySchema>;

export const trainingViewSchema = z.object({
  id: z.uuid(),
  title: z.string(),
  description: z.string().nullable(),
  kind: z.enum(TRAINING_KINDS),
  targetGroups: z.array(z.string()),
  mandatory: z.boolean(),
  recurrenceMonths: z.number().int().nullable(),
  newStaffWithinDays: z.number().int().nullable(),
  knowledgeAreas: z.array(z.enum(KNOWLEDGE_AREAS)),
  ownerId: z.uuid().nullable(),
  status: z.enum(TRAINING_STATUSES),
  createdAt: isoDateTime(),
  updatedAt: isoDateTime(),
  version: z.number().int(),
}).meta({ id: "TrainingView" });
export type TrainingView = z.infer<typeof trainingViewSchema>;

// ─── Training records ───
export const recordCreateSchema = writeObject({
  personId: z.uuid(),
  trainingId: z.uuid(),
  completedAt: requiredDate(),
  score: z.number().int().min(0).max(100).nullish(),
  passed: z.boolean().nullish(),
  source: z.enum(RECORD_SOURCES).default("api"),
});
/** A whole session at once: one training, the ticked attendees, one day. */
export const sessionCreateSchema = writeObject({
  trainingId: z.uuid(),
  completedAt: requiredDate(),
  personIds: z.array(z.uuid()).min(1, "Välj minst en deltagare.").max(5000),
});
export const recordListQuerySchema = listQuerySchema(["completedAt"]).extend({ personId: z.uuid().optional(), trainingId: z.uuid().optional() });
export type RecordCreate = z.output<typeof recordCreateSchema>;
export type SessionCreate = z.output<typeof sessionCreateSchema>;
export type RecordListQuery = z.output<typeof recordListQuerySchema>;

export const recordViewSchema = z.object({
  id: z.uuid(),
  personId: z.uuid(),
  personName: z.string(),
  trainingId: z.uuid(),
  trainingTitle: z.string(),
  completedAt: isoDateTime(),
  score: z.number().int().nullable(),
  passed: z.boolean().nullable(),
  source: z.enum(RECORD_SOURCES),
  createdAt: isoDateTime(),
  version: z.number().int(),
}).meta({ id: "TrainingRecordView" });
export type RecordView = z.infer<typeof recordViewSchema>;

// ─── Coverage ───
export const personTrainingViewSchema = z.object({
  trainingId: z.uuid(),
  title: z.string(),
  mandatory: z.boolean(),
  status: z.enum(COVERAGE_STATUSES),
  lastCompletedAt: isoDateTime().nullable(),
  dueAt: isoDateTime().nullable(),
}).meta({ id: "PersonTrainingView" });
export type PersonTrainingView = z.infer<typeof personTrainingViewSchema>;

const coverageRow = z.object({ key: z.string(), name: z.string(), people: z.number().int(), current: z.number().int(), share: z.number().nullable() });
export const coverageViewSchema = z.object({
  people: z.number().int(),
  current: z.number().int(),
  byUnit: z.array(coverageRow),
  byGroup: z.array(coverageRow),
}).meta({ id: "CoverageView" });
export type CoverageView = z.infer<typeof coverageViewSchema>;
export type CoverageRow = z.infer<typeof coverageRow>;

export const overdueQuerySchema = z.object({ orgUnitId: z.uuid().optional() });
export const overdueExportQuerySchema = overdueQuerySchema.extend({ format: exportFormatSchema.default("xlsx") });
export const overdueViewSchema = z.object({
  personId: z.uuid(),
  personName: z.string(),
  employeeNumber: z.string().nullable(),
  orgUnitName: z.string().nullable(),
  trainingId: z.uuid(),
  trainingTitle: z.string(),
  status: z.enum(["overdue", "never"]),
  lastCompletedAt: isoDateTime().nullable(),
  dueAt: isoDateTime().nullable(),
}).meta({ id: "OverdueTrainingView" });
export type OverdueView = z.infer<typeof overdueViewSchema>;
export type OverdueQuery = z.output<typeof overdueQuerySchema>;
export type OverdueExportQuery = z.output<typeof overdueExportQuerySchema>;

// ─── Import (HR file and learning platform) ───
export const importQuerySchema = z.object({ mode: z.enum(["preview", "commit"]).default("preview") });
export const peopleImportViewSchema = z.object({ mode: z.enum(["preview", "commit"]), created: z.number().int(), updated: z.number().int(), ended: z.number().int(), errors: z.number().int() });
export const recordsImportViewSchema = z.object({ imported: z.number().int() });
export type PeopleImportView = z.infer<typeof peopleImportViewSchema>;
