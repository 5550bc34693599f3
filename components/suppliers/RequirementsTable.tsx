"use client";
import { useRouter } from "next/navigation";
import { FormMessage } from "@/components/form/fields";
import { TableFrame } from "@/components/table/TableFrame";
import { Button } from "@/components/ui/Button";
import { apiFetch } from "@/lib/client/api";
import { useApiAction } from "@/lib/client/use-api-submit";
import { CONTRACT_REQUIREMENT_STATUSES, type ContractRequirementStatus, type ContractRequirementView } from "@/lib/contracts/schema";
import { useMessages } from "@/lib/i18n/client";
import { supplierMessages } from "@/lib/suppliers/messages";

interface Props {
  contractId: string;
  requirements: ContractRequirementView[];
  /** Admin, ciso, or an information owner proposing on their assets' contract. */
  canSetStatus: boolean;
  /** May turn a missing requirement into an action. */
  canMakeAction: boolean;
}

/** The requirements the contract's assets trigger, each with its status; a missing one can become an action. */
export function RequirementsTable({ contractId, requirements, canSetStatus, canMakeAction }: Props) {
  const t = useMessages(supplierMessages);
  const router = useRouter();
  const { busy, message, run } = useApiAction();

  const setStatus = (requirementId: string, status: ContractRequirementStatus) =>
    run(async () => {
      await apiFetch(`/api/v1/contracts/${contractId}/requirements/${requirementId}`, { method: "PATCH", body: { status } });
      router.refresh();
      return t.saved;
    });
  const makeAction = (requirementId: string) =>
    run(async () => {
      await apiFetch(`/api/v1/contracts/${contractId}/actions`, { body: { gap: "requirements_missing", requirementId } });
      router.refresh();
      return t.actionCreated;
    });

  if (requirements.length === 0) return <p className="text-sm text-gray-800">{t.detail.noRequirements}</p>;
  return (
    <>
      <TableFrame label={t.fields.requirements}>
        <table className="min-w-full text-sm">
          <caption className="sr-only">{t.fields.requirements}</caption>
          <thead>
            <tr className="text-left">
              <th scope="col" className="px-2 py-1">{t.fields.requirementCode}</th>
              <th scope="col" className="px-2 py-1">{t.fields.requirementTitle}</th>
              <th scope="col" className="px-2 py-1">{t.fields.requirementStatus}</th>
              {canMakeAction ? <th scope="col" className="px-2 py-1"><span className="sr-only">{t.makeAction}</span></th> : null}
            </tr>
          </thead>
          <tbody>
            {requirements.map((requirement) => (
              <tr key={requirement.requirementId} className="border-t border-gray-200">
                <td className="px-2 py-1 font-mono">{requirement.code}</td>
                <td className="px-2 py-1">{requirement.title}</td>
                <td className="px-2 py-1">
                  {canSetStatus ? (
                    <select
                      aria-label={`${t.fields.requirementStatus}: ${requirement.code}`}
                      className="rounded border border-gray-400 px-2 py-1"
                      value={requirement.status}
                      disabled={busy}
                      onChange={(event) => setStatus(requirement.requirementId, event.target.value as ContractRequirementStatus)}
                    >
                      {CONTRACT_REQUIREMENT_STATUSES.map((status) => (
                        <option key={status} value={status}>{t.requirementStatuses[status]}</option>
                      ))}
                    </select>
                  ) : (
                    t.requirementStatuses[requirement.status]
                  )}
                </td>
                {canMakeAction ? (
                  <td className="px-2 py-1">
                    {requirement.status === "missing" ? (
                      <Button type="button" variant="secondary" disabled={busy} onClick={() => makeAction(requirement.requirementId)} aria-label={`${t.makeAction}: ${requirement.code}`}>
                        {t.makeAction}
                      </Button>
                    ) : null}
                  </td>
                ) : null}
              </tr>
            ))}
          </tbody>
        </table>
      </TableFrame>
      <FormMessage message={message} />
    </>
  );
}
