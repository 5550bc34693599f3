import { ActionForm } from "@/components/actions/ActionForm";
import { ActionOrigin } from "@/components/actions/ActionOrigin";
import { ActionStatusBadge } from "@/components/actions/ActionStatusBadge";
import { AuditHistory } from "@/components/audit/AuditHistory";
import { recordHistory } from "@/lib/audit/queries";
import { Card } from "@/components/ui/Card";
import { Forbidden } from "@/components/ui/Forbidden";
import { PageHeader } from "@/components/ui/PageHeader";
import { actionMessages } from "@/lib/actions/messages";
import { getAction } from "@/lib/actions/queries";
import { pagePrincipal } from "@/lib/auth/page";
import { can, scopeOf } from "@/lib/authz/authorize";
import { getMessages } from "@/lib/i18n/server";
import { loadRecord, type RecordPageProps } from "@/lib/page/load-record";

export default async function ActionPage({ params }: RecordPageProps) {
  const principal = await pagePrincipal();
  const action = await loadRecord(params, (id) => getAction(principal, id));
  if (!action) return <Forbidden />;
  const t = await getMessages(actionMessages);
  const editable = can(principal, "actions.write", { organizationId: principal.organizationId, ownerIds: [action.ownerId] });
  const ownerOnly = scopeOf(principal, "actions.write") !== "all";
  return (
    <>
      <PageHeader
        title={action.title}
        description={
          <span className="inline-flex flex-wrap items-center gap-3">
            <ActionStatusBadge action={action} t={t} />
            <ActionOrigin source={action.source} t={t} />
          </span>
        }
      />
      <div className="grid gap-6 xl:grid-cols-3">
        <Card title={editable ? t.editAction : t.fields.title} className="xl:col-span-2">
          {editable ? <ActionForm action={action} ownerOnly={ownerOnly} /> : <p className="whitespace-pre-wrap text-sm">{action.description}</p>}
        </Card>
        <AuditHistory events={await recordHistory(principal, "action", action.id)} title={t.history} />
      </div>
    </>
  );
}
