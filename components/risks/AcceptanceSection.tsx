import Link from "next/link";
import { Notice } from "@/components/ui/Notice";
import { can } from "@/lib/authz/authorize";
import type { Principal } from "@/lib/authz/roles";
import { formatDate } from "@/lib/format";
import { acceptanceDeniedText, type RiskMessages } from "@/lib/risks/messages";
import { acceptanceDeciders, acceptanceLimit, bandRank } from "@/lib/risks/rules";
import type { RiskView } from "@/lib/risks/schema";
import type { AcceptanceCriteria } from "@/lib/risks/settings-schema";
import { AcceptanceDecisionForm } from "./AcceptanceDecisionForm";
import { AcceptRiskForm } from "./AcceptRiskForm";
import { ConfirmAcceptanceButton } from "./ConfirmAcceptanceButton";
import { ProposeAcceptanceForm } from "./ProposeAcceptanceForm";

/** May this person accept this risk under the criteria (role, or as its owner)? */
export function mayAccept(principal: Principal, risk: RiskView, criteria: AcceptanceCriteria): boolean {
  if (!can(principal, "risks.accept", { organizationId: principal.organizationId, ownerIds: [risk.ownerId] })) return false;
  const limit = acceptanceLimit(principal.role, risk.ownerId === principal.userId, criteria);
  return limit !== null && bandRank(limit) >= bandRank(risk.band);
}

const decidersText = (t: RiskMessages, risk: RiskView, criteria: AcceptanceCriteria) => acceptanceDeniedText(t, risk.band, acceptanceDeciders(risk.band, criteria));

/** A proposal to accept: who proposed it, and the decision form for whoever may decide. */
function ProposalNotice({ principal, risk, criteria, t }: { principal: Principal; risk: RiskView; criteria: AcceptanceCriteria; t: RiskMessages }) {
  return (
    <Notice title={t.statuses.acceptance_proposed} tone="info">
      <p data-testid="acceptance-proposal">{t.acceptance.proposal(risk.acceptance?.recordedByName ?? "–")}</p>
      {mayAccept(principal, risk, criteria) ? (
        <section className="mt-3">
          <h3 id={`decide-${risk.id}-title`} className="mb-2 font-semibold text-gray-900">{t.acceptance.decideTitle}</h3>
          <AcceptanceDecisionForm riskId={risk.id} version={risk.version} idPrefix={`decide-${risk.id}`} />
        </section>
      ) : (
        <p className="mt-2 text-sm">{decidersText(t, risk, criteria)}</p>
      )}
    </Notice>
  );
}

/** The acceptance record (who, when, why), the form for whoever may decide, or who may decide. */
export function AcceptanceSection({ principal, risk, criteria, t }: { principal: Principal; risk: RiskView; criteria: AcceptanceCriteria; t: RiskMessages }) {
  const record = risk.acceptance;
  const pending = !!record?.pendingConfirmation;
  const proposal = pending && !record?.decidedById;
  const accepted = !pending && (risk.status === "accepted" || (risk.treatment === "accept" && !!record));
  const open = !accepted && !pending && risk.status !== "closed";
  const mayPropose = open && can(principal, "risks.propose", { organizationId: principal.organizationId, ownerIds: [risk.ownerId] });
  return (
    <div className="grid gap-4">
      {record && (accepted || pending) ? (
        <div data-testid="acceptance-record">
          {proposal ? (
            <ProposalNotice principal={principal} risk={risk} criteria={criteria} t={t} />
          ) : pending ? (
            <Notice title={t.statuses.acceptance_proposed} tone="info">
              <p data-testid="acceptance-pending">{t.acceptance.pending(record.decidedByName ?? "–")}</p>
              {record.decidedById === principal.userId ? <ConfirmAcceptanceButton riskId={risk.id} version={risk.version} /> : null}
            </Notice>
          ) : (
            <p className="mb-2 text-sm font-medium text-green-800">{t.acceptance.accepted}</p>
          )}
          <dl className="mt-2 grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[max-content_1fr]">
            <dt className="font-medium text-gray-900">{proposal ? t.acceptance.proposedBy : t.acceptance.decidedBy}</dt>
            <dd>{(proposal ? record.recordedByName : record.decidedByName) ?? "–"}</dd>
            {proposal ? null : (
              <>
                <dt className="font-medium text-gray-900">{t.acceptance.decidedAt}</dt>
                <dd>{formatDate(record.decidedAt)}</dd>
              </>
            )}
            <dt className="font-medium text-gray-900">{t.acceptance.motivation}</dt>
            <dd className="whitespace-pre-wrap">{record.motivation ?? "–"}</dd>
            {record.recordedOnBehalf ? (
              <>
                <dt className="font-medium text-gray-900">{t.acceptance.recordedBy}</dt>
                <dd data-testid="acceptance-on-behalf">{t.acceptance.onBehalf(record.recordedByName ?? "–", record.decidedByName ?? "–")}</dd>
              </>
            ) : null}
            {record.confirmedAt ? (
              <>
                <dt className="font-medium text-gray-900">{t.acceptance.confirmedAt}</dt>
                <dd>{formatDate(record.confirmedAt)}</dd>
              </>
            ) : null}
          </dl>
        </div>
      ) : (
        <p className="text-sm text-gray-800">{t.acceptance.none}</p>
      )}
      {open && mayAccept(principal, risk, criteria) ? (
        <section aria-labelledby="accept-risk-title" className="no-print rounded-md border border-gray-200 p-3">
          <h3 id="accept-risk-title" className="mb-1 font-semibold text-gray-900">{t.acceptance.formTitle}</h3>
          <p className="mb-3 text-sm text-gray-800">{t.acceptance.intro(risk.level, t.bands[risk.band])}</p>
          <AcceptRiskForm riskId={risk.id} version={risk.version} />
        </section>
      ) : null}
      {mayPropose && !mayAccept(principal, risk, criteria) ? (
        <section aria-labelledby="propose-acceptance-title" className="no-print rounded-md border border-gray-200 p-3">
          <h3 id="propose-acceptance-title" className="mb-1 font-semibold text-gray-900">{t.acceptance.proposeTitle}</h3>
          <p className="mb-3 text-sm text-gray-800" data-testid="acceptance-deciders">
            {t.acceptance.proposeIntro(t.bands[risk.band], acceptanceDeciders(risk.band, criteria).map((who) => t.acceptance.deciders[who]).join(` ${t.acceptance.or} `))}
          </p>
          <ProposeAcceptanceForm riskId={risk.id} version={risk.version} />
        </section>
      ) : null}
      {open && !mayPropose && !mayAccept(principal, risk, criteria) ? (
        <Notice title={t.acceptance.formTitle} tone="info">
          <p data-testid="acceptance-deciders">{decidersText(t, risk, criteria)}</p>
          {can(principal, "risks.read") ? (
            <Link href="/admin/risker" className="text-blue-800 underline">{t.acceptance.criteriaLink}</Link>
          ) : null}
        </Notice>
      ) : null}
    </div>
  );
}
