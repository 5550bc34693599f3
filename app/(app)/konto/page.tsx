import type { Metadata } from "next";
import { NameForm } from "@/components/account/NameForm";
import { PasswordForm } from "@/components/account/PasswordForm";
import { Card } from "@/components/ui/Card";
import { PageHeader } from "@/components/ui/PageHeader";
import { pagePrincipal } from "@/lib/auth/page";
import { coreMessages } from "@/lib/i18n/messages";
import { getMessages } from "@/lib/i18n/server";
import { ownAccount } from "@/lib/me/account";
import { accountMessages } from "@/lib/me/messages";
import { me } from "@/lib/me/service";
import { CalendarFeedPanel } from "@/components/work/CalendarFeedPanel";
import { NotificationPreferencesForm } from "@/components/work/NotificationPreferencesForm";
import { calendarFeedStatus } from "@/lib/work/calendar";
import { workMessages } from "@/lib/work/messages";
import { getPreferences } from "@/lib/work/preferences";

export const metadata: Metadata = { title: "Mitt konto" };

/** The person's own account: only they (or the operator's CLI) change name and password. */
export default async function AccountPage() {
  const principal = await pagePrincipal();
  const [t, core, account, profile] = await Promise.all([getMessages(accountMessages), getMessages(coreMessages), ownAccount(principal), me(principal)]);
  const [w, preferences, feed] = await Promise.all([getMessages(workMessages), getPreferences(principal), calendarFeedStatus(principal)]);
  return (
    <>
      <PageHeader title={t.title} description={t.description} />
      <div className="space-y-6">
        <Card>
          <dl className="grid gap-2 text-sm sm:grid-cols-[12rem_1fr]">
            <dt className="font-medium text-gray-900">{t.email}</dt>
            <dd>{account.email}</dd>
            <dt className="font-medium text-gray-900">{t.organizations}</dt>
            <dd>{profile.organizations.map((o) => `${o.name} (${core.roles[o.role]})`).join(", ")}</dd>
          </dl>
        </Card>
        <Card title={t.nameTitle}>
          <NameForm name={account.name} version={account.version} />
        </Card>
        {account.hasPassword ? (
          <Card title={t.passwordTitle}>
            <p className="mb-3 text-sm text-gray-700">{t.passwordBody}</p>
            <PasswordForm email={account.email} />
          </Card>
        ) : null}
        <Card title={w.preferences.title}>
          <NotificationPreferencesForm preferences={preferences} />
        </Card>
        <Card title={w.calendar.title}>
          <CalendarFeedPanel feed={feed} />
        </Card>
      </div>
    </>
  );
}
