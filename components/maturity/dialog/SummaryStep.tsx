"use client";
import { useFormContext, useWatch } from "react-hook-form";
import { LevelLabel } from "@/components/maturity/Levels";
import { Button } from "@/components/ui/Button";
import { useMessages } from "@/lib/i18n/client";
import { maturityMessages } from "@/lib/maturity/messages";
import type { DialogueValues } from "./form-values";
import { TableFrame } from "@/components/table/TableFrame";

const cell = "px-3 py-2 text-left align-top text-gray-900";

/** The last step: every perspective's level, reasons and proposals at a glance, each with a way back to its step. */
export function SummaryStep({ goTo }: { goTo: (step: number) => void }) {
  const t = useMessages(maturityMessages);
  const { control } = useFormContext<DialogueValues>();
  const [title, heldAt, participants, entries, proposals] = useWatch({ control, name: ["title", "heldAt", "participants", "entries", "proposals"] });
  return (
    <div className="grid gap-4">
      <p className="text-sm text-gray-900">{t.dialog.summaryIntro}</p>
      <dl className="grid gap-x-6 gap-y-1 text-sm sm:grid-cols-[auto_1fr]">
        <dt className="font-semibold">{t.fields.title}</dt>
        <dd>{title || "–"}</dd>
        <dt className="font-semibold">{t.fields.heldAt}</dt>
        <dd>{heldAt || "–"}</dd>
        <dt className="font-semibold">{t.fields.participants}</dt>
        <dd>{participants.map((p) => p.name.trim()).filter(Boolean).join(", ") || "–"}</dd>
      </dl>
      <TableFrame label={t.dialog.summaryCaption}>
        <table className="min-w-full divide-y divide-gray-200 text-sm" data-testid="summary-table">
          <caption className="sr-only">{t.dialog.summaryCaption}</caption>
          <thead className="bg-gray-50">
            <tr>
              <th scope="col" className={`${cell} font-semibold`}>{t.perspective}</th>
              <th scope="col" className={`${cell} font-semibold`}>{t.level}</th>
              <th scope="col" className={`${cell} font-semibold`}>{t.dialog.reasonsCount}</th>
              <th scope="col" className={`${cell} font-semibold`}>{t.fields.proposals}</th>
              <td className={cell} />
            </tr>
          </thead>
          <tbody className="divide-y divide-gray-100">
            {entries.map((entry, index) => (
              <tr key={entry.perspective}>
                <th scope="row" className={`${cell} font-medium`}>{t.perspectives[entry.perspective]}</th>
                <td className={cell}><LevelLabel level={entry.level ? Number(entry.level) : null} t={t} /></td>
                <td className={cell}>{entry.reasons.filter((r) => r.text.trim()).length}</td>
                <td className={cell}>{proposals.filter((p) => p.perspective === entry.perspective).length}</td>
                <td className={cell}>
                  <Button variant="ghost" onClick={() => goTo(index + 1)}>
                    {t.dialog.edit}
                    <span className="sr-only"> {t.perspectives[entry.perspective]}</span>
                  </Button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableFrame>
    </div>
  );
}
