import "server-only";
import { randomBytes } from "node:crypto";
import { hashToken } from "../auth/token-hash";
import { recordAudit } from "../audit/trail";
import { authorize } from "../authz/authorize";
import { contractContext, contractFacts, contractInclude } from "../contracts/queries";
import type { Principal } from "../authz/roles";
import { db, type Tx } from "../db/client";
import { AppError, notFound } from "../errors";
import { publicBaseUrl } from "../mail/config";
import { followUpInclude, followUpRecord } from "./follow-ups";
import {
  linkStatus,
  type QuestionnaireAnswerInput,
  type QuestionnaireLinkCreate,
  type QuestionnaireLinkView,
  type QuestionnaireQuestion,
} from "./questionnaire-schema";
import { readSupplierSettings } from "./settings";

const DAY_MS = 24 * 60 * 60 * 1000;

export interface LinkRow {
  id: string;
  followUpId: string;
  questions: unknown;
  answers: unknown;
  expiresAt: Date;
  revokedAt: Date | null;
  answeredAt: Date | null;
  createdAt: Date;
}

export const questionnaireUrl = (token: string) => `${publicBaseUrl()}/leverantorsenkat/${token}`;

export function toLinkView(row: LinkRow, now = new Date()): QuestionnaireLinkView {
  return {
    id: row.id,
    followUpId: row.followUpId,
    status: linkStatus(row, now),
    expiresAt: row.expiresAt.toISOString(),
    createdAt: row.createdAt.toISOString(),
    answeredAt: row.answeredAt?.toISOString() ?? null,
    revokedAt: row.revokedAt?.toISOString() ?? null,
    questions: row.questions as QuestionnaireQuestion[],
    answers: (row.answers as { key: string; answer: QuestionnaireAnswerInput["answer"]; comment: string | null }[] | null) ?? null,
  };
}

/** The follow-up, checked for the principal (another organisation's is 404). */
async function loadFollowUp(tx: Tx | typeof db, principal: Principal, id: string, permission: "suppliers.read" | "suppliers.write") {
  const row = await tx.supplierFollowUp.findUnique({ where: { id }, include: followUpInclude });
  authorize(principal, permission, followUpRecord(row));
  return row!;
}

/** The organisation's questions, then each of the contract's requirements as a yes/partly/no question. */
async function questionsFor(tx: Tx, organizationId: string, contractId: string | null): Promise<QuestionnaireQuestion[]> {
  const settings = await readSupplierSettings(tx, organizationId);
  const own = settings.questions.map((question) => ({ key: question.key, text: question.text, kind: "organization" as const, code: null }));
  if (!contractId) return own;
  const contract = await tx.contract.findUnique({ where: { id: contractId }, include: contractInclude });
  if (!contract) return own;
  // The requirements the contract's assets trigger now, as the contract page lists them.
  const { requirements } = contractFacts(contract, contract.supplier.country, await contractContext(tx, organizationId));
  const fromContract = requirements.map((requirement) => ({ key: `req-${requirement.requirementId}`, text: requirement.title, kind: "requirement" as const, code: requirement.code }));
  return [...own, ...fromContract];
}

/** The latest link of a follow-up, or null. */
export async function getQuestionnaireLink(principal: Principal, followUpId: string): Promise<QuestionnaireLinkView | null> {
  await loadFollowUp(db, principal, followUpId, "suppliers.read");
  const row = await db.supplierQuestionnaireLink.findFirst({ where: { followUpId }, orderBy: { createdAt: "desc" } });
  return row && toLinkView(row);
}

/** GET …/questionnaire-link: `{ link }`, null when none was ever created. */
export const readQuestionnaireLink = async (principal: Principal, followUpId: string) => ({ link: await getQuestionnaireLink(principal, followUpId) });

/**
 * Creates a secret link for a questionnaire follow-up: a random 32-byte token, only its sha256
 * stored, shown once in the answer. An earlier link still open is revoked, so one link is live.
 */
export async function createQuestionnaireLink(principal: Principal, followUpId: string, input: QuestionnaireLinkCreate): Promise<QuestionnaireLinkView> {
  const token = `sq_${randomBytes(32).toString("base64url")}`;
  const now = new Date();
  const row = await db.$transaction(async (tx) => {
    const followUp = await loadFollowUp(tx, principal, followUpId, "suppliers.write");
    if (followUp.method !== "questionnaire")
      throw new AppError(400, "follow_up_not_questionnaire", "Bara en uppföljning med metoden enkät kan skickas som länk.", { method: ["Välj metoden enkät."] });
    await tx.supplierQuestionnaireLink.updateMany({ where: { followUpId, revokedAt: null, answeredAt: null }, data: { revokedAt: now } });
    const created = await tx.supplierQuestionnaireLink.create({
      data: {
        organizationId: principal.organizationId,
        followUpId,
        tokenHash: hashToken(token),
        questions: await questionsFor(tx, principal.organizationId, followUp.contractId),
        expiresAt: new Date(now.getTime() + input.expiresInDays * DAY_MS),
        createdById: principal.userId,
      },
    });
    const { tokenHash: _hash, ...after } = created;
    await recordAudit(tx, principal, { entity: "supplier_follow_up", entityId: followUpId, action: "questionnaire_link.create", after });
    return created;
  });
  return { ...toLinkView(row, now), url: questionnaireUrl(token) };
}

/** DELETE …/questionnaire-link: revokes the open link; 404 when there is none. */
export async function revokeQuestionnaireLink(principal: Principal, followUpId: string): Promise<void> {
  await db.$transaction(async (tx) => {
    await loadFollowUp(tx, principal, followUpId, "suppliers.write");
    const open = await tx.supplierQuestionnaireLink.findFirst({ where: { followUpId, revokedAt: null, answeredAt: null }, orderBy: { createdAt: "desc" } });
    if (!open) throw notFound("Uppföljningen har ingen öppen enkätlänk.");
    const after = await tx.supplierQuestionnaireLink.update({ where: { id: open.id }, data: { revokedAt: new Date() } });
    await recordAudit(tx, principal, { entity: "supplier_follow_up", entityId: followUpId, action: "questionnaire_link.revoke", before: { linkId: open.id }, after: { linkId: after.id, revokedAt: after.revokedAt } });
  });
}
