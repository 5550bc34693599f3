import { ActionForm } from "@/components/actions/ActionForm";
import { Forbidden } from "@/components/ui/Forbidden";
import { PageHeader } from "@/components/ui/PageHeader";
import { actionMessages } from "@/lib/actions/messages";
import { ACTION_SOURCE_TYPES, type ActionSourceType } from "@/lib/actions/schema";
import { pagePrincipal } from "@/lib/auth/page";
import { can } from "@/lib/authz/authorize";
import { getMessages } from "@/lib/i18n/server";
import { plainParams, type SearchParams } from "@/lib/page/search-params";

/** New action; `?sourceType=risk&sourceId=…&returnTo=/risker/…` links it to a register record; `title=…` suggests a title. */
export default async function NewActionPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const principal = await pagePrincipal();
  if (!can(principal, "actions.create")) return <Forbidden />;
  const params = plainParams(await searchParams);
  const t = await getMessages(actionMessages);
  const sourceType = ACTION_SOURCE_TYPES.includes(params.sourceType as ActionSourceType) ? (params.sourceType as ActionSourceType) : undefined;
  const source = sourceType && params.sourceId ? { type: sourceType, id: params.sourceId } : undefined;
  const returnTo = params.returnTo?.startsWith("/") && !params.returnTo.startsWith("//") ? params.returnTo : undefined;
  return (
    <>
      <PageHeader title={t.newAction} description={source ? `${t.fields.source}: ${t.source[source.type]}` : undefined} />
      <ActionForm source={source} returnTo={returnTo} defaultTitle={params.title} />
    </>
  );
}
