import type { Metadata } from "next";
import { headers } from "next/headers";
import { SupplierQuestionnaireForm } from "@/components/suppliers/SupplierQuestionnaireForm";
import { LanguageSwitch } from "@/components/shell/LanguageSwitch";
import { Notice } from "@/components/ui/Notice";
import { throttlePublic } from "@/lib/api/public-throttle";
import { AppError } from "@/lib/errors";
import { formatDate } from "@/lib/format";
import { requestClientAddress } from "@/lib/http/forwarded";
import { coreMessages } from "@/lib/i18n/messages";
import { getMessages } from "@/lib/i18n/server";
import { supplierQuestionnaireMessages } from "@/lib/suppliers/messages";
import { questionnaireBuckets, readPublicQuestionnaire } from "@/lib/suppliers/questionnaire-public";
import type { PublicQuestionnaireView } from "@/lib/suppliers/questionnaire-schema";

export const metadata: Metadata = { title: "Leverantörsenkät", referrer: "no-referrer", robots: { index: false } };

type Loaded = { state: "open"; questionnaire: PublicQuestionnaireView } | { state: "gone" | "answered" | "busy" };

/** Counted like the API: per address and per token, before the token is looked up. */
async function load(token: string): Promise<Loaded> {
  try {
    await throttlePublic(questionnaireBuckets(requestClientAddress(await headers()), token));
    return { state: "open", questionnaire: await readPublicQuestionnaire(token) };
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    return { state: error.status === 409 ? "answered" : error.status === 429 ? "busy" : "gone" };
  }
}

/** Public: the supplier answers without an account; the link's token is the permission. */
export default async function SupplierQuestionnairePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const [t, core, loaded] = await Promise.all([getMessages(supplierQuestionnaireMessages), getMessages(coreMessages), load(token)]);
  return (
    <main className="flex min-h-screen justify-center px-4 py-8">
      <div className="w-full max-w-3xl space-y-4 rounded-lg border border-gray-200 bg-white p-6 shadow-sm">
        <div className="flex items-start justify-between gap-2">
          <p className="font-semibold text-blue-900">{loaded.state === "open" ? loaded.questionnaire.organizationName : core.appName}</p>
          <LanguageSwitch label={core.header.language} />
        </div>
        <h1 className="text-2xl font-semibold text-gray-900">{t.pageTitle}</h1>
        {loaded.state === "open" ? (
          <>
            <p className="text-gray-800">{t.asks(loaded.questionnaire.organizationName, loaded.questionnaire.supplierName)}</p>
            <p className="text-sm text-gray-800">{t.validUntil(formatDate(loaded.questionnaire.expiresAt))}</p>
            <SupplierQuestionnaireForm token={token} questions={loaded.questionnaire.questions} />
          </>
        ) : (
          <Notice title={t[`${loaded.state}Title`]} tone="warning">
            {t[loaded.state]}
          </Notice>
        )}
      </div>
    </main>
  );
}
