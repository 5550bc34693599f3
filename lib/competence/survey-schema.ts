import { listQuerySchema } from "../api/list";
import { isoDate, isoDateTime } from "../api/route";
import { requiredDate, text, versionField, writeObject, z } from "../validation/zod";
import { KNOWLEDGE_AREAS, SURVEY_METHODS } from "./schema";

const count = () => z.number().int().min(0).max(10_000_000);

// ─── Knowledge surveys ───
const resultSchema = writeObject({ area: z.enum(KNOWLEDGE_AREAS), score: z.number().min(0).max(100) });

export const surveyCreateSchema = writeObject({
  title: text().trim().min(1).max(200),
  conductedAt: requiredDate(),
  method: z.enum(SURVEY_METHODS),
  areas: z.array(z.enum(KNOWLEDGE_AREAS)).min(1, "Välj minst ett kunskapsområde.").max(5),
  orgUnitIds: z.array(z.uuid()).max(500).default([]),
  invited: count().nullish(),
  responded: count().nullish(),
  results: z.array(resultSchema).max(5).default([]),
});
export const surveyUpdateSchema = surveyCreateSchema.partial().extend({ version: versionField });
export const surveyListQuerySchema = listQuerySchema(["conductedAt", "title"]);
export type SurveyCreate = z.output<typeof surveyCreateSchema>;
export type SurveyUpdate = z.output<typeof surveyUpdateSchema>;
export type SurveyListQuery = z.output<typeof surveyListQuerySchema>;

const areaResult = z.object({ area: z.enum(KNOWLEDGE_AREAS), score: z.number(), previousScore: z.number().nullable(), change: z.number().nullable() });
export const surveyViewSchema = z.object({
  id: z.uuid(),
  title: z.string(),
  conductedAt: isoDate(),
  method: z.enum(SURVEY_METHODS),
  areas: z.array(z.enum(KNOWLEDGE_AREAS)),
  orgUnitIds: z.array(z.uuid()),
  invited: z.number().int().nullable(),
  responded: z.number().int().nullable(),
  /** Per area, with the previous survey of the same area for comparison. */
  results: z.array(areaResult),
  previousSurveyId: z.uuid().nullable(),
  createdAt: isoDateTime(),
  updatedAt: isoDateTime(),
  version: z.number().int(),
}).meta({ id: "KnowledgeSurveyView" });
export type SurveyView = z.infer<typeof surveyViewSchema>;
export type AreaResult = z.infer<typeof areaResult>;

/** A weak area becomes an action (source `survey`) suggesting a training. */
export const surveySuggestSchema = writeObject({ area: z.enum(KNOWLEDGE_AREAS), trainingId: z.uuid().nullish(), dueAt: requiredDate().nullish() });
export type SurveySuggest = z.output<typeof surveySuggestSchema>;

// ─── Phishing rounds (of a phishing_exercise training) ───
const unitCounts = writeObject({ orgUnitId: z.uuid(), recipients: count(), clicked: count(), reported: count() });
export const roundCreateSchema = writeObject({
  sentAt: requiredDate(),
  recipients: count(),
  clicked: count(),
  reported: count(),
  byUnit: z.array(unitCounts).max(500).default([]),
});
export type RoundCreate = z.output<typeof roundCreateSchema>;

export const roundViewSchema = z.object({
  id: z.uuid(),
  trainingId: z.uuid(),
  sentAt: isoDateTime(),
  recipients: z.number().int(),
  clicked: z.number().int(),
  reported: z.number().int(),
  clickRate: z.number().nullable(),
  reportRate: z.number().nullable(),
  byUnit: z.array(z.object({ orgUnitId: z.uuid(), recipients: z.number().int(), clicked: z.number().int(), reported: z.number().int() })),
  createdAt: isoDateTime(),
  version: z.number().int(),
}).meta({ id: "PhishingRoundView" });
export type RoundView = z.infer<typeof roundViewSchema>;
