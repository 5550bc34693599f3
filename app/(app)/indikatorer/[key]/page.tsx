import Link from "next/link";
import { notFound } from "next/navigation";
import { Card } from "@/components/ui/Card";
import { Forbidden } from "@/components/ui/Forbidden";
import { PageHeader } from "@/components/ui/PageHeader";
import { pagePrincipal } from "@/lib/auth/page";
import { dashboardMessages } from "@/lib/dashboard/messages";
import { AppError } from "@/lib/errors";
import { formatDate } from "@/lib/format";
import { getLocale } from "@/lib/i18n/server";
import { indicatorLabel, indicatorLabels } from "@/lib/indicators/messages";
import { indicatorWindow } from "@/lib/indicators/queries";
import { indicatorRecords } from "@/lib/indicators/records";
import { INDICATOR_RECORDS_CAP, indicatorRecordsQuerySchema, type IndicatorRecordsAnswer } from "@/lib/indicators/schema";

interface Props {
  params: Promise<{ key: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

/** The very records an indicator counted (its numerator or denominator), each linked to its page. */
export default async function IndicatorRecordsPage({ params, searchParams }: Props) {
  const principal = await pagePrincipal();
  const locale = await getLocale();
  const t = dashboardMessages[locale];
  const { key } = await params;
  const query = indicatorRecordsQuerySchema.safeParse({ part: (await searchParams).part });
  if (!query.success) notFound();
  let answer: IndicatorRecordsAnswer | null = null;
  let unavailable = false;
  try {
    answer = await indicatorRecords(principal, key, query.data);
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    if (error.code === "indicator_records_unavailable") unavailable = true;
    else if (error.status === 403) return <Forbidden />;
    else notFound();
  }
  const window = indicatorWindow({});
  const label = indicatorLabel(key, indicatorLabels[locale]);
  return (
    <>
      <PageHeader title={`${label}: ${t.records[query.data.part]}`} description={`${t.records.description} ${formatDate(window.from.toISOString())} – ${formatDate(window.to.toISOString())}.`} />
      <p className="mb-4 text-sm">
        <Link href="/" className="text-blue-800 underline">{t.records.back}</Link>
      </p>
      <Card title={answer ? `${t.records.total}: ${answer.total}` : label}>
        {unavailable || !answer ? (
          <p className="text-sm text-gray-700">{t.records.unavailable}</p>
        ) : answer.items.length === 0 ? (
          <p className="text-sm text-gray-700">{t.records.none}</p>
        ) : (
          <>
            {answer.total > INDICATOR_RECORDS_CAP ? <p className="mb-2 text-sm text-gray-700">{t.records.capped}</p> : null}
            <ol className="list-decimal divide-y divide-gray-100 pl-6 text-sm" data-indicator-records={key}>
              {answer.items.map((item, index) => (
                <li key={`${item.id}-${index}`} className="py-1.5">
                  {item.href ? <Link href={item.href} className="text-blue-800 underline">{item.title}</Link> : item.title}
                </li>
              ))}
            </ol>
          </>
        )}
      </Card>
    </>
  );
}
