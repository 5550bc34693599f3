import { TokenManager } from "@/components/admin/TokenManager";
import { PageHeader } from "@/components/ui/PageHeader";
import { adminMessages } from "@/lib/admin/messages";
import { pagePrincipal } from "@/lib/auth/page";
import { getMessages } from "@/lib/i18n/server";
import { listOwnTokens } from "@/lib/tokens/service";

export default async function TokensPage() {
  const principal = await pagePrincipal();
  const [t, tokens] = await Promise.all([getMessages(adminMessages), listOwnTokens(principal)]);
  return (
    <>
      <PageHeader title={t.sections.tokens.title} description={t.sections.tokens.body} />
      <TokenManager tokens={tokens} />
    </>
  );
}
