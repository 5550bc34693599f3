import { AddUserForm } from "@/components/admin/AddUserForm";
import { PendingInvitations } from "@/components/admin/PendingInvitations";
import { RemoveMemberButton } from "@/components/admin/RemoveMemberButton";
import { UserRoleSelect } from "@/components/admin/UserRoleSelect";
import { FilterForm, FilterText } from "@/components/table/FilterForm";
import { PagedTable } from "@/components/table/PagedTable";
import { Badge } from "@/components/ui/Badge";
import { Card } from "@/components/ui/Card";
import { Forbidden } from "@/components/ui/Forbidden";
import { PageHeader } from "@/components/ui/PageHeader";
import { adminMessages } from "@/lib/admin/messages";
import { pagePrincipal } from "@/lib/auth/page";
import { can } from "@/lib/authz/authorize";
import { coreMessages } from "@/lib/i18n/messages";
import { getMessages } from "@/lib/i18n/server";
import { parseListParams, plainParams, type SearchParams } from "@/lib/page/search-params";
import { listInvitations } from "@/lib/invitations/queries";
import { invitationListQuerySchema } from "@/lib/invitations/schema";
import { listUsers } from "@/lib/users/queries";
import { userListQuerySchema, type UserView } from "@/lib/users/schema";
import { directMembership } from "@/lib/users/service";

export default async function UsersPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const principal = await pagePrincipal();
  if (!can(principal, "users.read")) return <Forbidden />;
  const raw = await searchParams;
  const query = parseListParams(userListQuerySchema, raw);
  const [t, core, result] = await Promise.all([getMessages(adminMessages), getMessages(coreMessages), listUsers(principal, query)]);
  const manage = can(principal, "users.manage");
  const direct = directMembership();
  const invitations = manage ? await listInvitations(principal, invitationListQuerySchema.parse({ pageSize: 500 })) : null;
  const params = plainParams(raw);
  return (
    <>
      <PageHeader title={t.sections.users.title} description={t.sections.users.body} />
      {manage ? (
        <Card title={direct ? t.users.add : t.users.inviteTitle} className="mb-6">
          <AddUserForm direct={direct} />
        </Card>
      ) : null}
      {invitations && (invitations.total > 0 || !direct) ? (
        <Card title={t.users.pending} className="mb-6">
          <PendingInvitations items={invitations.items} />
        </Card>
      ) : null}
      <FilterForm path="/admin/anvandare" label={t.sections.users.title}>
        <FilterText name="q" label={core.common.search} value={params.q} />
      </FilterForm>
      <PagedTable
        caption={t.sections.users.title}
        path="/admin/anvandare"
        params={params}
        result={result}
        rowKey={(u) => u.id}
        empty={core.empty.users}
        columns={[
          { key: "name", header: t.users.name, sortField: "name", cell: (u) => u.name },
          { key: "email", header: t.users.email, sortField: "email", cell: (u) => u.email },
          {
            key: "role",
            header: t.users.role,
            cell: (u) => (manage && u.id !== principal.userId ? <UserRoleSelect userId={u.id} name={u.name} role={u.role} version={u.version} label={t.users.changeRole} /> : core.roles[u.role]),
          },
          { key: "active", header: t.users.active, cell: (u) => (u.active ? <Badge tone="green">{t.users.active}</Badge> : <Badge>{t.users.inactive}</Badge>) },
          ...(manage
            ? [{ key: "remove", header: core.common.actions, cell: (u: UserView) => (u.id !== principal.userId ? <RemoveMemberButton userId={u.id} name={u.name} /> : null) }]
            : []),
        ]}
      />
    </>
  );
}
