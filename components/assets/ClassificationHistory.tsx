import type { AssetMessages } from "@/lib/assets/messages";
import type { ClassificationHistoryView } from "@/lib/assets/schema";
import { ASPECTS } from "@/lib/classification/schema";
import { formatDateTime } from "@/lib/format";

/** Every classification and review of the asset, newest first: who, when, levels (with the names of the time) and motivations. */
export function ClassificationHistory({ entries, t }: { entries: ClassificationHistoryView[]; t: AssetMessages }) {
  if (entries.length === 0) return <p className="text-sm text-gray-800">{t.detail.noHistory}</p>;
  return (
    <ol className="space-y-4 text-sm" data-testid="classification-history">
      {entries.map((entry) => {
        const aspects = ASPECTS.filter((aspect) => entry[aspect] !== null);
        const motivated = ASPECTS.filter((aspect) => entry.motivations?.[aspect]);
        return (
          <li key={entry.id} className="border-l-2 border-blue-200 pl-3">
            <p className="font-medium text-gray-900">
              {t.detail.historyKinds[entry.kind]} · <time dateTime={entry.classifiedAt}>{formatDateTime(entry.classifiedAt)}</time>
              {entry.classifiedByName ? ` ${t.detail.by} ${entry.classifiedByName}` : null}
            </p>
            {aspects.length ? (
              <ul className="mt-1 flex flex-wrap gap-x-4 gap-y-1 text-gray-900">
                {aspects.map((aspect) => (
                  <li key={aspect}>
                    {t.aspects[aspect]}: {entry[aspect]}
                    {entry.levelNames?.[aspect] ? ` ${entry.levelNames[aspect]}` : null}
                  </li>
                ))}
              </ul>
            ) : null}
            {motivated.length ? (
              <dl className="mt-1 grid gap-x-3 gap-y-1 text-gray-800 sm:grid-cols-[max-content_1fr]">
                {motivated.map((aspect) => (
                  <div key={aspect} className="contents">
                    <dt className="font-medium">
                      {t.detail.motivation} ({t.aspects[aspect].toLowerCase()})
                    </dt>
                    <dd className="whitespace-pre-wrap">{entry.motivations[aspect]}</dd>
                  </div>
                ))}
              </dl>
            ) : null}
          </li>
        );
      })}
    </ol>
  );
}
