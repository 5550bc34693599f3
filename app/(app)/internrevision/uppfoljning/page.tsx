import { ActionsTable } from "@/components/actions/ActionsTable";
import { FindingsTable } from "@/components/findings/FindingsTable";
import { DataTable } from "@/components/table/DataTable";
import { Card } from "@/components/ui/Card";
import { Forbidden } from "@/components/ui/Forbidden";
import { PageHeader } from "@/components/ui/PageHeader";
import { auditMessages } from "@/lib/audits/messages";
import { pagePrincipal } from "@/lib/auth/page";
import { can } from "@/lib/authz/authorize";
import { followUp } from "@/lib/findings/page-data";
import { getMessages } from "@/lib/i18n/server";

/** Follow-up over all audits, repeated every month or two: performed as planned, late, unverified, escalated. */
export default async function FollowUpPage() {
  const principal = await pagePrincipal();
  if (!can(principal, "audits.read")) return <Forbidden />;
  const [t, data] = await Promise.all([getMessages(auditMessages), followUp(principal)]);
  return (
    <>
      <PageHeader title={t.nav.followUp} />
      <div className="grid gap-6">
        <DataTable
          caption={t.labels.plannedVsPerformed}
          rows={data.months}
          rowKey={(row) => row.month}
          empty={t.labels.noAudits}
          columns={[
            { key: "month", header: t.labels.month, cell: (row) => row.month },
            { key: "planned", header: t.labels.planned, cell: (row) => row.planned },
            { key: "performed", header: t.labels.performed, cell: (row) => row.performed },
          ]}
        />
        <Card title={t.labels.overdueResponses}>
          <FindingsTable findings={data.overdueResponses} t={t} />
        </Card>
        <Card title={t.labels.unverified}>
          <FindingsTable findings={data.unverified} t={t} />
        </Card>
        <Card title={t.labels.escalatedOpen}>
          <FindingsTable findings={data.escalated} t={t} />
        </Card>
        <Card title={t.labels.overdueActions}>
          <ActionsTable actions={data.overdueActions} showSource={false} />
        </Card>
      </div>
    </>
  );
}
