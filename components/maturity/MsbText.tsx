import { TableFrame } from "@/components/table/TableFrame";
import { ASPECT_KEYS, MSB_ADVICE, MSB_ADVICE_HEADING, MSB_ATTRIBUTION, type AspectKey, type MsbLevelText, type MsbPerspective } from "@/lib/maturity/msb-model";
import type { MaturityMessages } from "@/lib/maturity/messages";

// MSB's own text, verbatim and always Swedish (lang="sv"), with the attribution beside it.
// Plain components without hooks: the server pages and the client dialogue form both use them.

/** A cell of MSB's text: its sentences as bullets (one sentence reads as plain text). */
export function MsbSentences({ items }: { items: string[] }) {
  if (items.length === 1) return <p lang="sv">{items[0]}</p>;
  return (
    <ul lang="sv" className="list-disc space-y-1 pl-4">
      {items.map((item, index) => (
        <li key={index}>{item}</li>
      ))}
    </ul>
  );
}

export function MsbAttribution({ t }: { t: MaturityMessages }) {
  return (
    <p className="mt-2 text-xs text-gray-700">
      {t.attribution} <span lang="sv">{MSB_ATTRIBUTION}</span>
    </p>
  );
}

/** "Nu börjar det.": MSB's advice to the group before it picks a level. */
export function MsbAdvice({ heading, headingLevel = 3 }: { heading: string; headingLevel?: 2 | 3 | 4 }) {
  const Heading = `h${headingLevel}` as const;
  return (
    <section className="rounded-md border border-blue-200 bg-blue-50 p-3 text-sm text-gray-900">
      <Heading className="font-semibold">{heading}</Heading>
      <p lang="sv" className="mt-1 font-medium">
        {MSB_ADVICE_HEADING}
      </p>
      <ul lang="sv" className="mt-1 list-disc space-y-1 pl-5">
        {MSB_ADVICE.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
    </section>
  );
}

interface LevelTableProps {
  caption: string;
  levels: MsbLevelText[];
  rowLabels: Record<AspectKey, string>;
  t: MaturityMessages;
  /** Smaller text where the table sits beside the form. */
  compact?: boolean;
}

/** MSB's level table: the five aspects (rows) at the four levels (columns). */
export function MsbLevelTable({ caption, levels, rowLabels, t, compact = false }: LevelTableProps) {
  return (
    <TableFrame label={caption}>
      {/* Below md each aspect is a block with its four levels, labelled, instead of a wide grid. */}
      <table className={`border-collapse max-md:block md:min-w-[40rem] ${compact ? "text-xs" : "text-sm"}`}>
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-gray-50 max-md:hidden">
          <tr>
            <th scope="col" className="w-32 px-2 py-2 text-left font-semibold text-gray-900">
              {t.model.aspect}
            </th>
            {levels.map((level) => (
              <th key={level.level} scope="col" className="px-2 py-2 text-left font-semibold text-gray-900">
                {t.levelN(level.level)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody lang="sv" className="divide-y divide-gray-200 max-md:block">
          {ASPECT_KEYS.map((aspect) => (
            <tr key={aspect} className="max-md:block max-md:py-1">
              <th scope="row" className="px-2 py-2 text-left align-top font-semibold text-gray-900 max-md:block">
                {rowLabels[aspect]}
              </th>
              {levels.map((level) => (
                <td key={level.level} className={`px-2 py-2 align-top text-gray-900 max-md:block max-md:py-1 ${aspect === "kannetecken" ? "font-medium" : ""}`}>
                  <span className="block font-semibold text-gray-800 md:hidden">{t.levelN(level.level)}</span>
                  <MsbSentences items={level.aspects[aspect]} />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </TableFrame>
  );
}

/** The perspective's sub-processes with MSB's examples of ways of working. */
export function MsbSubProcesses({ perspective, t, headingLevel = 3 }: { perspective: MsbPerspective; t: MaturityMessages; headingLevel?: 3 | 4 }) {
  const Heading = `h${headingLevel}` as const;
  // A perspective without sub-processes in MSB's text simply has no such section.
  if (perspective.subProcessDetails.length === 0) return null;
  return (
    <section>
      <Heading className="mb-1 font-semibold text-gray-900">{t.model.subProcesses}</Heading>
      <ol lang="sv" className="grid gap-2 text-sm sm:grid-cols-2">
        {perspective.subProcessDetails.map((process, index) => (
          <li key={process.name} className="rounded-md border border-gray-200 bg-white p-2">
            <p className="font-medium text-gray-900">
              {index + 1}. {process.name}
            </p>
            <ul className="mt-1 list-disc pl-5 text-gray-800">
              {process.items.map((item, index) => (
                <li key={index}>{item}</li>
              ))}
            </ul>
          </li>
        ))}
      </ol>
    </section>
  );
}
