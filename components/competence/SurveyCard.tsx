import { DataTable, type Column } from "@/components/table/DataTable";
import { Card } from "@/components/ui/Card";
import { competenceMessages } from "@/lib/competence/messages";
import { WEAK_AREA_SCORE } from "@/lib/competence/rules";
import type { AreaResult, SurveyView } from "@/lib/competence/survey-schema";
import { formatDate, formatNumber } from "@/lib/format";
import { getLocale, getMessages } from "@/lib/i18n/server";
import { SuggestTrainingButton } from "./SuggestTrainingButton";

/** A survey's result per MSB area next to the previous survey's; a weak area offers a training. */
export async function SurveyCard({ survey, canWrite }: { survey: SurveyView; canWrite: boolean }) {
  const [t, locale] = await Promise.all([getMessages(competenceMessages), getLocale()]);
  const signed = (value: number | null) => (value === null ? "–" : `${value > 0 ? "+" : ""}${formatNumber(value, locale)}`);
  const columns: Column<AreaResult>[] = [
    { key: "area", header: t.fields.area, cell: (r) => <span lang="sv">{t.areas[r.area]}</span> },
    { key: "score", header: t.fields.score, cell: (r) => formatNumber(r.score, locale) },
    { key: "previous", header: t.fields.previous, cell: (r) => (r.previousScore === null ? "–" : formatNumber(r.previousScore, locale)) },
    { key: "change", header: t.fields.change, cell: (r) => signed(r.change) },
    { key: "suggest", header: t.surveys.suggest, cell: (r) => (canWrite && r.score < WEAK_AREA_SCORE ? <SuggestTrainingButton surveyId={survey.id} area={r.area} /> : null) },
  ];
  return (
    <Card title={survey.title} className="mb-4">
      <p className="mb-2 text-sm text-gray-800">
        {t.fields.conductedAt}: {formatDate(survey.conductedAt)} · {t.fields.method}: {t.methods[survey.method]}
        {survey.responded !== null ? ` · ${t.fields.responded}: ${survey.responded}${survey.invited ? ` / ${survey.invited}` : ""}` : ""}
      </p>
      <DataTable caption={survey.title} columns={columns} rows={survey.results} rowKey={(r) => r.area} empty={t.surveys.empty} />
    </Card>
  );
}
