import Link from "next/link";
import { formatDate, formatNumber, formatPercent } from "@/lib/format";
import type { Locale } from "@/lib/i18n/locale";
import { indicatorLabel, indicatorLabels } from "@/lib/indicators/messages";
import { perspectiveNames } from "@/lib/maturity/perspective-names";
import { actionStatusLabel } from "@/lib/management-reviews/labels";
import type { ManagementReviewMessages } from "@/lib/management-reviews/messages";
import type { SectionKey, Sections } from "@/lib/management-reviews/schema";
import { riskMessages } from "@/lib/risks/messages";
import type { RiskBand } from "@/lib/risks/schema";

interface Props {
  section: SectionKey;
  data: Sections;
  t: ManagementReviewMessages;
  locale: Locale;
}
type Linked = { id: string; title: string; href: string | null };

const Links = ({ rows, none }: { rows: Linked[]; none: string }) =>
  rows.length ? (
    <ul className="list-disc pl-5">
      {rows.map((row) => (
        <li key={row.id}>{row.href ? <Link href={row.href} className="text-blue-800 underline">{row.title}</Link> : row.title}</li>
      ))}
    </ul>
  ) : (
    <p>{none}</p>
  );

const value = (unit: string, v: number | null, locale: Locale) => (unit === "share" ? formatPercent(v, locale) : formatNumber(v, locale));

/** The compiled data of one section (a, d, f or g); b, c and e are management's text only. */
export function SectionData({ section, data, t, locale }: Props) {
  if (section === "a")
    return (
      <div className="grid gap-2 text-sm">
        <p>{t.previousReview}: {data.a.previousReview ? <Link href={data.a.previousReview.href ?? "#"} className="text-blue-800 underline">{data.a.previousReview.title}</Link> : t.noPrevious}</p>
        <ul className="list-disc pl-5">
          {data.a.decisions.map((d) => (
            <li key={d.id}>
              {t.kinds[d.kind]}: {d.text}
              {d.action ? ` — ${t.action}: ${d.action.title}, ${actionStatusLabel(locale, d.action.status)}${d.action.dueAt ? `, ${formatDate(d.action.dueAt)}` : ""}` : ""}
            </li>
          ))}
        </ul>
      </div>
    );
  if (section === "d")
    return (
      <div className="grid gap-3 text-sm">
        <table className="w-full text-left">
          <caption className="text-left font-medium">{t.indicators}</caption>
          <tbody>
            {data.d.indicators.map((i) => (
              <tr key={i.key} className="border-t">
                <th scope="row" className="py-1 pr-2 font-normal">{perspectiveNames[locale][i.perspective]} – {indicatorLabel(i.key, indicatorLabels[locale])}</th>
                <td className="py-1">{value(i.unit, i.value, locale)} ({value(i.unit, i.previous, locale)})</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p>{t.incidents}: {data.d.incidents.reported} {t.incidentsReported}, {data.d.incidents.closed} {t.incidentsClosed}</p>
        <h4 className="font-medium">{t.nonconformities}</h4>
        <Links rows={data.d.nonconformities.open} none={t.none} />
        <p>{t.nonconformitiesClosed}: {data.d.nonconformities.closedInPeriod}</p>
        <h4 className="font-medium">{t.audits}</h4>
        <Links rows={data.d.audits} none={t.none} />
        <p>{t.maturity}: {data.d.maturity ? `${data.d.maturity.title} (${formatDate(data.d.maturity.heldAt)}) – ${data.d.maturity.levels.map((l) => `${perspectiveNames[locale][l.perspective]} ${l.level ?? "–"}`).join(", ")}` : t.none}</p>
        <p>{t.questionnaire}: {data.d.questionnaire ? `${data.d.questionnaire.title} (${formatDate(data.d.questionnaire.submittedAt)})${typeof data.d.questionnaire.level === "number" ? ` – ${t.questionnaireLevel} ${data.d.questionnaire.level}` : ""}` : t.none}</p>
        <h4 className="font-medium">{t.objectives}</h4>
        {data.d.objectives.length ? (
          <ul className="list-disc pl-5">
            {data.d.objectives.map((o) => (
              <li key={o.id}>{o.title}: {value(o.unit ?? "", o.current, locale)} / {value(o.unit ?? "", o.target, locale)}{o.dueAt ? `, ${formatDate(o.dueAt)}` : ""}</li>
            ))}
          </ul>
        ) : (
          <p>{t.none}</p>
        )}
      </div>
    );
  if (section === "f")
    return (
      <div className="grid gap-2 text-sm">
        <p>{t.riskBands}: {Object.entries(data.f.byBand).map(([band, n]) => `${riskMessages[locale].bands[band as RiskBand]} ${n}`).join(", ")}</p>
        <h4 className="font-medium">{t.aboveAcceptance}</h4>
        <Links rows={data.f.aboveAcceptance} none={t.none} />
        <p>{t.treatment}: {Object.entries(data.f.treatment).map(([status, n]) => `${actionStatusLabel(locale, status)} ${n}`).join(", ") || "–"}</p>
        <p>{t.treatmentOverdue}: {data.f.treatmentOverdue}</p>
      </div>
    );
  if (section === "g")
    return (
      <div className="grid gap-2 text-sm">
        <h4 className="font-medium">{t.improvements}</h4>
        <Links rows={data.g.improvements} none={t.none} />
        <p>{t.openActions}: {data.g.openActions}. {t.overdueActions}: {data.g.overdueActions}.</p>
      </div>
    );
  return <p className="text-sm text-gray-700">{t.textOnly}</p>;
}
