import "server-only";
import { hashToken } from "../auth/token-hash";
import { recordAudit } from "../audit/trail";
import { db } from "../db/client";
import { AppError, badRequest, notFound } from "../errors";
import { linkStatus, publicTokenParams, type PublicQuestionnaireView, type QuestionnaireQuestion, type QuestionnaireSubmit } from "./questionnaire-schema";

/** Per address and per token within 15 minutes; an unknown token counts like a known one. */
export const PUBLIC_QUESTIONNAIRE_LIMITS = { perAddress: 60, perToken: 20 } as const;

export const questionnaireBuckets = (address: string, token: string) => [
  { bucket: `sq-ip:${address}`, max: PUBLIC_QUESTIONNAIRE_LIMITS.perAddress },
  { bucket: `sq-token:${hashToken(token)}`, max: PUBLIC_QUESTIONNAIRE_LIMITS.perToken },
];

// One answer for an unknown, malformed, revoked or expired token, so tokens cannot be probed.
const noSuchLink = () => notFound("Länken finns inte eller gäller inte längre.");
const alreadyAnswered = () => new AppError(409, "questionnaire_answered", "Enkäten är redan besvarad.");

async function openLink(token: string) {
  if (!publicTokenParams.safeParse({ token }).success) throw noSuchLink();
  const link = await db.supplierQuestionnaireLink.findUnique({
    where: { tokenHash: hashToken(token) },
    include: { followUp: { select: { supplier: { select: { name: true } } } } },
  });
  if (!link) throw noSuchLink();
  const status = linkStatus(link, new Date());
  if (status === "answered") throw alreadyAnswered();
  if (status !== "sent") throw noSuchLink();
  return link;
}

/** GET /api/public/supplier-questionnaire/{token}: who asks and the questions, nothing else. */
export async function readPublicQuestionnaire(token: string): Promise<PublicQuestionnaireView> {
  const link = await openLink(token);
  const organization = await db.organization.findUnique({ where: { id: link.organizationId }, select: { name: true } });
  return {
    organizationName: organization?.name ?? "",
    supplierName: link.followUp.supplier.name,
    expiresAt: link.expiresAt.toISOString(),
    questions: link.questions as QuestionnaireQuestion[],
  };
}

/** POST: every question answered once, no other keys; one submission, then 409. */
export async function submitPublicQuestionnaire(token: string, input: QuestionnaireSubmit): Promise<{ answeredAt: string }> {
  const link = await openLink(token);
  const questions = link.questions as QuestionnaireQuestion[];
  const keys = new Set(questions.map((question) => question.key));
  const given = new Set<string>();
  const fields: Record<string, string[]> = {};
  input.answers.forEach((answer, index) => {
    if (!keys.has(answer.key)) fields[`answers.${index}.key`] = ["Okänd fråga."];
    else if (given.has(answer.key)) fields[`answers.${index}.key`] = ["Frågan är redan besvarad ovan."];
    given.add(answer.key);
  });
  questions.forEach((question) => {
    if (!given.has(question.key)) fields[`answers.${question.key}`] = ["Besvara frågan."];
  });
  if (Object.keys(fields).length > 0) throw badRequest("Besvara varje fråga en gång.", fields);
  const byKey = new Map(input.answers.map((answer) => [answer.key, answer]));
  const answers = questions.map(({ key }) => ({ key, answer: byKey.get(key)!.answer, comment: byKey.get(key)!.comment || null }));
  const now = new Date();
  return db.$transaction(async (tx) => {
    // The condition makes the submission once only: a parallel second one updates nothing.
    const { count } = await tx.supplierQuestionnaireLink.updateMany({
      where: { id: link.id, answeredAt: null, revokedAt: null, expiresAt: { gt: now } },
      data: { answers, answeredAt: now },
    });
    if (count === 0) throw alreadyAnswered();
    await recordAudit(tx, null, {
      organizationId: link.organizationId,
      entity: "supplier_follow_up",
      entityId: link.followUpId,
      action: "questionnaire.answered",
      after: { linkId: link.id, answeredAt: now, answers },
    });
    return { answeredAt: now.toISOString() };
  });
}
