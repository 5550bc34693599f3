import Link from "next/link";
import { ImportForm } from "@/components/assets/ImportForm";
import { Card } from "@/components/ui/Card";
import { Forbidden } from "@/components/ui/Forbidden";
import { PageHeader } from "@/components/ui/PageHeader";
import { assetMessages } from "@/lib/assets/messages";
import { pagePrincipal } from "@/lib/auth/page";
import { can } from "@/lib/authz/authorize";
import { getMessages } from "@/lib/i18n/server";

export default async function ImportAssetsPage() {
  const principal = await pagePrincipal();
  if (!can(principal, "assets.create")) return <Forbidden />;
  const t = await getMessages(assetMessages);
  return (
    <>
      <PageHeader
        title={t.importPage.title}
        description={
          <>
            {t.importPage.description}{" "}
            <Link className="text-blue-800 underline" href="/tillgangar">
              {t.title}
            </Link>
          </>
        }
      />
      <div className="grid gap-6">
        <ImportForm />
        <Card title={t.importPage.columns} className="max-w-3xl">
          <p className="text-sm text-gray-800">{t.importPage.columnsBody}</p>
        </Card>
      </div>
    </>
  );
}
