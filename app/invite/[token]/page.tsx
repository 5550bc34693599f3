import type { Metadata } from "next";
import Link from "next/link";
import { AcceptInvitationButton } from "@/components/invitations/AcceptInvitationButton";
import { RegisterForm } from "@/components/invitations/RegisterForm";
import { LanguageSwitch } from "@/components/shell/LanguageSwitch";
import { SignOutButton } from "@/components/shell/SignOutButton";
import { Notice } from "@/components/ui/Notice";
import { sessionPrincipal } from "@/lib/auth/principal";
import { coreMessages } from "@/lib/i18n/messages";
import { getMessages } from "@/lib/i18n/server";
import { invitationMessages } from "@/lib/invitations/messages";
import { invitationForPage } from "@/lib/invitations/queries";

export const metadata: Metadata = { title: "Inbjudan", referrer: "no-referrer" };

/** Public: the link is opened before the person has an account here or while signed out. */
export default async function InvitePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const [t, core, invitation, principal] = await Promise.all([getMessages(invitationMessages), getMessages(coreMessages), invitationForPage(token), sessionPrincipal()]);
  return (
    <main className="flex min-h-screen items-center justify-center px-4 py-8">
      <div className="w-full max-w-md space-y-4 rounded-lg border border-gray-200 bg-white p-6 shadow-sm">
        <div className="flex items-start justify-between gap-2">
          <p className="font-semibold text-blue-900">{core.appName}</p>
          <LanguageSwitch label={core.header.language} />
        </div>
        {invitation.state !== "valid" ? (
          <>
            <h1 className="text-2xl font-semibold text-gray-900">{t[`${invitation.state}Title`]}</h1>
            <Notice title={t[`${invitation.state}Title`]} tone="warning">
              {t[invitation.state]}
            </Notice>
            <Link href="/login" className="text-blue-800 underline">
              {t.toLogin}
            </Link>
          </>
        ) : (
          <>
            <h1 className="text-2xl font-semibold text-gray-900">{t.title(invitation.organizationName)}</h1>
            <p className="text-sm text-gray-800">{t.intro(core.roles[invitation.role], invitation.email)}</p>
            {principal ? (
              <section className="space-y-3">
                <p className="text-sm text-gray-800">{t.signedInAs(principal.email)}</p>
                {principal.email.toLowerCase() === invitation.email ? (
                  <AcceptInvitationButton token={token} />
                ) : (
                  <>
                    <p className="text-sm text-gray-800">{t.otherAccount(invitation.email)}</p>
                    <SignOutButton label={core.header.signOut} />
                  </>
                )}
              </section>
            ) : (
              <>
                <section className="space-y-2 border-t border-gray-200 pt-4">
                  <h2 className="text-lg font-semibold text-gray-900">{t.haveAccount}</h2>
                  <p className="text-sm text-gray-800">{t.haveAccountBody}</p>
                  <Link href={`/login?callbackUrl=${encodeURIComponent(`/invite/${token}`)}`} className="text-blue-800 underline">
                    {t.signIn}
                  </Link>
                </section>
                <section className="space-y-2 border-t border-gray-200 pt-4">
                  <h2 className="text-lg font-semibold text-gray-900">{t.newAccount}</h2>
                  <p className="text-sm text-gray-800">{t.newAccountBody}</p>
                  <RegisterForm token={token} name={invitation.name} />
                </section>
              </>
            )}
          </>
        )}
      </div>
    </main>
  );
}
