import { FlashMessage } from "@/components/shell/FlashMessage";
import Link from "next/link";
import type { ReactNode } from "react";
import { LanguageSwitch } from "@/components/shell/LanguageSwitch";
import { NavLinks } from "@/components/shell/NavLinks";
import { OrganizationSwitch } from "@/components/shell/OrganizationSwitch";
import { SignOutButton } from "@/components/shell/SignOutButton";
import { WorkBell } from "@/components/shell/WorkBell";
import { pagePrincipal } from "@/lib/auth/page";
import { coreMessages } from "@/lib/i18n/messages";
import { getMessages } from "@/lib/i18n/server";
import { me } from "@/lib/me/service";
import { navigationFor } from "@/lib/navigation";
import { workMessages } from "@/lib/work/messages";
import { dueCount } from "@/lib/work/queries";

export default async function AppLayout({ children }: { children: ReactNode }) {
  const principal = await pagePrincipal();
  const [t, profile, w, due] = await Promise.all([getMessages(coreMessages), me(principal), getMessages(workMessages), dueCount(principal)]);
  return (
    <div className="min-h-screen">
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:p-2">
        {t.skipToContent}
      </a>
      <header className="no-print border-b border-gray-200 bg-white">
        <div className="mx-auto flex max-w-screen-2xl flex-wrap items-center justify-between gap-3 px-4 py-3">
          <Link href="/" className="text-lg font-semibold text-blue-900">
            {t.appName}
            <span className="ml-2 text-sm font-normal text-gray-700">{principal.organizationName}</span>
          </Link>
          <div className="flex flex-wrap items-center gap-3">
            {profile.organizations.length > 1 ? (
              <OrganizationSwitch label={t.header.switchOrganization} current={principal.organizationId} organizations={profile.organizations} />
            ) : null}
            <p className="text-sm text-gray-800">
              <span className="sr-only">{t.header.signedInAs} </span>
              <span className="font-medium" data-testid="user-name">{principal.name}</span> · <span data-testid="user-role">{t.roles[principal.role]}</span>
            </p>
            <WorkBell count={due} label={w.bell(due)} />
            <Link href="/konto" className="text-sm text-blue-800 underline-offset-2 hover:underline">
              {t.header.myAccount}
            </Link>
            <LanguageSwitch label={t.header.language} />
            <SignOutButton label={t.header.signOut} />
          </div>
        </div>
      </header>
      <div className="mx-auto flex max-w-screen-2xl flex-col gap-6 px-4 py-6 md:flex-row">
        <aside className="no-print md:w-56 md:shrink-0">
          <NavLinks label={t.nav.label} items={navigationFor(principal, t.nav)} />
        </aside>
        <main id="main" className="min-w-0 flex-1" tabIndex={-1}>
          <FlashMessage />
          {children}
        </main>
      </div>
    </div>
  );
}
