import { ActionStatusBadge } from "@/components/actions/ActionStatusBadge";
import { formatDate } from "@/lib/format";
import type { ActionMessages } from "@/lib/actions/messages";
import type { ActionView } from "@/lib/actions/schema";
import type { MaturityMessages } from "@/lib/maturity/messages";
import type { ProposalView } from "@/lib/maturity/schema";
import { ProposalActionButton } from "./ProposalActionButton";
import { TableFrame } from "@/components/table/TableFrame";

const cell = "px-3 py-2 text-left align-top text-gray-900";

interface Props {
  assessmentId: string;
  proposals: ProposalView[];
  actions: ActionView[];
  t: MaturityMessages;
  actionT: ActionMessages;
  canCreate: boolean;
  /** The printable summary shows the action's status but no buttons. */
  printable?: boolean;
}

/** The improvement proposals (vad / hur / vem / horisont), each with its action or a button to make one. */
export function ProposalsTable({ assessmentId, proposals, actions, t, actionT, canCreate, printable = false }: Props) {
  if (proposals.length === 0) return <p className="text-sm text-gray-700">{t.session.noProposals}</p>;
  const byId = new Map(actions.map((action) => [action.id, action]));
  return (
    <TableFrame label={t.session.proposalsCaption}>
      <table className="min-w-full divide-y divide-gray-200 text-sm" data-testid="proposals-table">
        <caption className="sr-only">{t.session.proposalsCaption}</caption>
        <thead className="bg-gray-50">
          <tr>
            <th scope="col" className={`${cell} font-semibold`}>{t.perspective}</th>
            <th scope="col" className={`${cell} font-semibold`}>{t.dialog.what}</th>
            <th scope="col" className={`${cell} font-semibold`}>{t.dialog.how}</th>
            <th scope="col" className={`${cell} font-semibold`}>{t.dialog.who}</th>
            <th scope="col" className={`${cell} font-semibold`}>{t.dialog.horizon}</th>
            <th scope="col" className={`${cell} font-semibold`}>{t.session.action}</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-gray-100">
          {proposals.map((proposal) => {
            const action = proposal.actionId ? byId.get(proposal.actionId) : undefined;
            return (
              <tr key={proposal.id}>
                <td className={cell}>{t.perspectives[proposal.perspective]}</td>
                <th scope="row" className={`${cell} font-medium`}>{proposal.what}</th>
                <td className={`${cell} whitespace-pre-wrap`}>{proposal.how ?? "–"}</td>
                <td className={cell}>{proposal.who ?? "–"}</td>
                <td className={cell}>{t.horizon[proposal.horizon]}</td>
                <td className={cell}>
                  <span className="flex flex-col items-start gap-1">
                    {action ? <ActionStatusBadge action={action} t={actionT} /> : null}
                    {printable ? (action ? <span>{actionT.fields.dueAt}: {formatDate(action.dueAt)}</span> : "–") : (
                      <ProposalActionButton assessmentId={assessmentId} proposalId={proposal.id} actionId={proposal.actionId} canCreate={canCreate} what={proposal.what} />
                    )}
                  </span>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </TableFrame>
  );
}
