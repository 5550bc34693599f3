import Link from "next/link";
import type { MaturityMessages } from "@/lib/maturity/messages";
import { ASPECT_KEYS, PERSPECTIVE_KEYS } from "@/lib/maturity/msb-model";
import type { AssessmentView } from "@/lib/maturity/schema";
import { recordHref } from "@/lib/records/registry";
import { LevelLabel } from "./Levels";

/** Per perspective: the level, the "Varför?" bullets, the notes per aspect and the evidence. */
export function ReasonsSection({ assessment, t, headingLevel = 3 }: { assessment: AssessmentView; t: MaturityMessages; headingLevel?: 3 | 4 }) {
  const Heading = `h${headingLevel}` as const;
  return (
    <div className="grid grid-cols-1 gap-4 lg:grid-cols-2">
      {PERSPECTIVE_KEYS.map((key) => {
        const entry = assessment.entries.find((e) => e.perspective === key);
        const notes = ASPECT_KEYS.filter((aspect) => entry?.aspectNotes[aspect]);
        return (
          <section key={key} className="break-inside-avoid rounded-md border border-gray-200 p-3 text-sm text-gray-900">
            <Heading className="font-semibold">
              {t.perspectives[key]}: <LevelLabel level={entry?.level ?? null} t={t} />
            </Heading>
            {entry?.reasons.length ? (
              <ul className="mt-1 list-disc pl-5">
                {entry.reasons.map((reason, index) => (
                  <li key={index}>{reason}</li>
                ))}
              </ul>
            ) : (
              <p className="mt-1 text-gray-700">{t.session.noReasons}</p>
            )}
            {notes.length ? (
              <dl className="mt-2 grid gap-1">
                {notes.map((aspect) => (
                  <div key={aspect}>
                    <dt className="font-medium">{t.aspects[aspect]}</dt>
                    <dd className="whitespace-pre-wrap">{entry?.aspectNotes[aspect]}</dd>
                  </div>
                ))}
              </dl>
            ) : null}
            {entry?.evidence.length ? (
              <div className="mt-2">
                <p className="font-medium">{t.session.evidence}</p>
                <ul className="list-disc pl-5">
                  {entry.evidence.map((item) => {
                    const href = recordHref(item.type, item.id);
                    const text = `${t.evidenceTypes[item.type] ?? item.type}: ${item.label ?? item.id}`;
                    return <li key={`${item.type}-${item.id}`}>{href ? <Link className="text-blue-800 underline" href={href}>{text}</Link> : text}</li>;
                  })}
                </ul>
              </div>
            ) : null}
          </section>
        );
      })}
    </div>
  );
}
