import { NotBuilt } from "@/components/ui/NotBuilt";
import { coreMessages } from "@/lib/i18n/messages";
import { getMessages } from "@/lib/i18n/server";

export default async function Page() {
  const t = await getMessages(coreMessages);
  return <NotBuilt title={t.nav.competence} />;
}
