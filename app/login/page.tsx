import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { Suspense } from "react";
import { LanguageSwitch } from "@/components/shell/LanguageSwitch";
import { oidcEnabled } from "@/lib/auth/options";
import { sessionPrincipal } from "@/lib/auth/principal";
import { coreMessages } from "@/lib/i18n/messages";
import { getMessages } from "@/lib/i18n/server";
import { LoginForm } from "./LoginForm";

export const metadata: Metadata = { title: "Logga in" };

export default async function LoginPage() {
  if (await sessionPrincipal()) redirect("/");
  const t = await getMessages(coreMessages);
  return (
    <main className="flex min-h-screen items-center justify-center px-4">
      <div className="w-full max-w-sm rounded-lg border border-gray-200 bg-white p-6 shadow-sm">
        <div className="mb-4 flex items-start justify-between gap-2">
          <h1 className="text-2xl font-semibold text-gray-900">{t.login.title}</h1>
          <LanguageSwitch label={t.header.language} />
        </div>
        <p className="mb-6 text-sm text-gray-700">
          <strong className="text-blue-900">{t.appName}</strong> – {t.login.intro}
        </p>
        <Suspense>
          <LoginForm oidc={oidcEnabled()} />
        </Suspense>
      </div>
    </main>
  );
}
