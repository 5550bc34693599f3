"use client";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { FormMessage } from "@/components/form/fields";
import { Button } from "@/components/ui/Button";
import { apiFetch } from "@/lib/client/api";
import { useApiAction } from "@/lib/client/use-api-submit";
import { useMessages } from "@/lib/i18n/client";
import { maturityMessages } from "@/lib/maturity/messages";

interface Props {
  assessmentId: string;
  proposalId: string;
  actionId: string | null;
  /** Whether the user may turn proposals into actions. */
  canCreate: boolean;
  what: string;
}

/** "Gör till åtgärd": creates the action (source maturity) and then links to it. */
export function ProposalActionButton({ assessmentId, proposalId, actionId, canCreate, what }: Props) {
  const t = useMessages(maturityMessages);
  const router = useRouter();
  const [linked, setLinked] = useState(actionId);
  const { busy, message, run } = useApiAction();
  const link = useRef<HTMLAnchorElement>(null);
  const created = useRef(false);

  useEffect(() => {
    if (created.current) link.current?.focus();
  }, [linked]);

  if (linked) {
    return (
      <span className="inline-flex flex-col gap-1">
        <Link ref={link} href={`/atgarder/${linked}`} className="text-blue-800 underline">
          {t.session.viewAction}
          <span className="sr-only">: {what}</span>
        </Link>
        {created.current ? <span role="status" className="text-xs text-green-800">{t.session.actionCreated}</span> : null}
      </span>
    );
  }
  if (!canCreate) return <span>–</span>;

  const create = () =>
    run(async () => {
      const result = await apiFetch<{ action: { id: string } }>(`/api/v1/maturity-assessments/${assessmentId}/proposals/${proposalId}/action`, { method: "POST", body: {} });
      created.current = true;
      setLinked(result.action.id);
      router.refresh();
    });
  return (
    <span className="inline-flex flex-col gap-1">
      <Button variant="secondary" onClick={create} disabled={busy}>
        {busy ? t.session.makingAction : t.session.makeAction}
        <span className="sr-only">: {what}</span>
      </Button>
      <FormMessage message={message} />
    </span>
  );
}
