import { DataTable, type Column } from "@/components/table/DataTable";
import { competenceMessages } from "@/lib/competence/messages";
import type { RoundView } from "@/lib/competence/survey-schema";
import { formatDate, formatPercent } from "@/lib/format";
import { getLocale, getMessages } from "@/lib/i18n/server";

/** A phishing exercise's rounds, oldest first: the click and report rates show the effect over time. */
export async function RoundsTable({ rounds }: { rounds: RoundView[] }) {
  const [t, locale] = await Promise.all([getMessages(competenceMessages), getLocale()]);
  const columns: Column<RoundView>[] = [
    { key: "sentAt", header: t.fields.sentAt, cell: (r) => formatDate(r.sentAt) },
    { key: "recipients", header: t.fields.recipients, cell: (r) => r.recipients },
    { key: "click", header: t.fields.clickRate, cell: (r) => formatPercent(r.clickRate, locale) },
    { key: "report", header: t.fields.reportRate, cell: (r) => formatPercent(r.reportRate, locale) },
  ];
  return <DataTable caption={t.trainings.rounds} columns={columns} rows={rounds} rowKey={(r) => r.id} empty={t.trainings.empty} />;
}
