import { isoDateTime } from "../api/route";
import { text, writeObject, z } from "../validation/zod";

export const QUESTIONNAIRE_ANSWERS = ["yes", "partly", "no", "not_applicable"] as const;
export type QuestionnaireAnswer = (typeof QUESTIONNAIRE_ANSWERS)[number];
export const QUESTIONNAIRE_LINK_STATUSES = ["sent", "answered", "revoked", "expired"] as const;
export type QuestionnaireLinkStatus = (typeof QUESTIONNAIRE_LINK_STATUSES)[number];

/** One question as sent: from the organisation's list, or a requirement of the contract (its code). */
export const questionnaireQuestionSchema = z.object({
  key: z.string(),
  text: z.string(),
  kind: z.enum(["organization", "requirement"]),
  code: z.string().nullable(),
});
export type QuestionnaireQuestion = z.output<typeof questionnaireQuestionSchema>;

export const questionnaireAnswerSchema = writeObject({
  key: text().min(1).max(100),
  answer: z.enum(QUESTIONNAIRE_ANSWERS, "Välj ja, delvis, nej eller ej tillämpligt."),
  comment: text().trim().max(2000, "Högst 2000 tecken.").optional(),
});
export type QuestionnaireAnswerInput = z.output<typeof questionnaireAnswerSchema>;

/** POST /api/public/supplier-questionnaire/{token}: one answer per question. */
export const questionnaireSubmitSchema = writeObject({ answers: z.array(questionnaireAnswerSchema).min(1).max(200) });
export type QuestionnaireSubmit = z.output<typeof questionnaireSubmitSchema>;

/** POST …/questionnaire-link: the expiry in days (default 30). */
export const questionnaireLinkCreateSchema = writeObject({ expiresInDays: z.number().int().min(1).max(90).default(30) });
export type QuestionnaireLinkCreate = z.output<typeof questionnaireLinkCreateSchema>;

const storedAnswerSchema = z.object({ key: z.string(), answer: z.enum(QUESTIONNAIRE_ANSWERS), comment: z.string().nullable() });

/** The link as the organisation sees it; `url` only in the answer that created it. */
export const questionnaireLinkViewSchema = z.object({
  id: z.uuid(),
  followUpId: z.uuid(),
  status: z.enum(QUESTIONNAIRE_LINK_STATUSES),
  expiresAt: isoDateTime(),
  createdAt: isoDateTime(),
  answeredAt: isoDateTime().nullable(),
  revokedAt: isoDateTime().nullable(),
  questions: z.array(questionnaireQuestionSchema),
  answers: z.array(storedAnswerSchema).nullable(),
  url: z.string().optional(),
});
export type QuestionnaireLinkView = z.output<typeof questionnaireLinkViewSchema>;

/** What the supplier sees: who asks and the questions, nothing else. */
export const publicQuestionnaireViewSchema = z.object({
  organizationName: z.string(),
  supplierName: z.string(),
  expiresAt: isoDateTime(),
  questions: z.array(questionnaireQuestionSchema),
});
export type PublicQuestionnaireView = z.output<typeof publicQuestionnaireViewSchema>;

export const publicTokenParams = z.object({ token: z.string().regex(/^sq_[A-Za-z0-9_-]{43}$/) });

/** The link's state at `now`. */
export function linkStatus(link: { answeredAt: Date | null; revokedAt: Date | null; expiresAt: Date }, now: Date): QuestionnaireLinkStatus {
  if (link.answeredAt) return "answered";
  if (link.revokedAt) return "revoked";
  return link.expiresAt <= now ? "expired" : "sent";
}
