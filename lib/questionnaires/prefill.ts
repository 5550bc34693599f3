import "server-only";
import { indicatorProviders } from "../indicators/registry";
import { loadQuestionSet, loadResponse, toQuestionSetView } from "./queries";
import type { Principal } from "../authz/roles";
import { db } from "../db/client";
import { prefillOption } from "./rules";
import type { PrefillProposal } from "./schema";

/**
 * Proposals for the questions the registers can answer: each question's indicator computed over
 * the response's period, and the option its value falls in. Accepting one is the page's choice
 * (it stores the figure with the answer, which then counts as certain).
 */
export async function prefillProposals(principal: Principal, setId: string, responseId: string): Promise<{ items: PrefillProposal[] }> {
  const response = await loadResponse(principal, setId, responseId);
  const set = toQuestionSetView((await loadQuestionSet(db, setId))!);
  const withPrefill = set.questions.filter((question) => question.prefill);
  if (!withPrefill.length) return { items: [] };
  // One day past periodTo so the last day of the period counts.
  const window = { from: response.periodFrom, to: new Date(response.periodTo.getTime() + 86_400_000 - 1) };
  const indicators = (await Promise.all(indicatorProviders.map((provider) => provider.compute(principal.organizationId, window)))).flat();
  const byKey = new Map(indicators.map((indicator) => [indicator.key, indicator]));
  const items: PrefillProposal[] = [];
  for (const question of withPrefill) {
    const indicator = byKey.get(question.prefill!.indicator);
    if (!indicator) continue; // the register behind it is not built (yet)
    items.push({
      questionCode: question.code,
      indicator: indicator.key,
      label: indicator.label,
      value: indicator.value,
      numerator: indicator.numerator,
      denominator: indicator.denominator,
      unit: indicator.unit,
      ...(indicator.href ? { href: indicator.href } : {}),
      optionKey: prefillOption(question.prefill!, indicator.value),
    });
  }
  return { items };
}
