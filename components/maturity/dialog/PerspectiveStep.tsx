"use client";
import type { ReactNode } from "react";
import { useFormContext, useWatch } from "react-hook-form";
import { DataWarningNotice } from "@/components/maturity/Levels";
import { MsbAdvice, MsbAttribution, MsbLevelTable, MsbSubProcesses } from "@/components/maturity/MsbText";
import type { IndicatorView } from "@/lib/indicators/schema";
import { useLocale, useMessages } from "@/lib/i18n/client";
import { maturityMessages } from "@/lib/maturity/messages";
import { MSB_PERSPECTIVES, PERSPECTIVE_KEYS } from "@/lib/maturity/msb-model";
import { selfAssessmentWarning } from "@/lib/maturity/results";
import { AspectNotesField, EvidenceField, ReasonsField } from "./EntryFields";
import type { DialogueValues } from "./form-values";
import { ProposalsField } from "./ProposalsField";

interface Props {
  index: number;
  indicators: IndicatorView[];
  /** The perspective's indicators rendered on the server (IndicatorList). */
  facts: ReactNode;
}

/** The level choice, with the data beside it and the warning when the two disagree. */
function LevelField({ index, indicators, facts }: Props) {
  const t = useMessages(maturityMessages);
  const locale = useLocale();
  const { register, control } = useFormContext<DialogueValues>();
  const key = PERSPECTIVE_KEYS[index];
  const level = useWatch({ control, name: `entries.${index}.level` });
  const warning = selfAssessmentWarning(key, level ? Number(level) : null, indicators);
  const radio = register(`entries.${index}.level`);
  const option = (value: string, label: ReactNode) => (
    <label key={value} className="flex items-start gap-2 rounded-md border border-gray-300 bg-white p-2 text-sm text-gray-900 has-[:checked]:border-blue-700 has-[:checked]:bg-blue-50">
      <input type="radio" value={value} className="mt-0.5 h-4 w-4" {...radio} />
      <span>{label}</span>
    </label>
  );
  return (
    <div className="grid gap-3">
      <fieldset className="grid gap-2" aria-describedby={`level-hint-${key}`}>
        <legend className="text-base font-semibold text-gray-900">{t.dialog.levelLegend}</legend>
        <p id={`level-hint-${key}`} className="text-sm text-gray-700">{t.dialog.levelHint}</p>
        {MSB_PERSPECTIVES[key].levels.map((msb) =>
          option(
            String(msb.level),
            <>
              <strong>{t.levelN(msb.level)}</strong> – <span lang="sv">{msb.title}</span>
            </>,
          ),
        )}
        {option("", t.notAssessed)}
      </fieldset>
      <section aria-labelledby={`facts-${key}`} className="rounded-md border border-gray-200 p-3">
        <h3 id={`facts-${key}`} className="text-base font-semibold text-gray-900">{t.facts.heading}</h3>
        {facts}
        {warning ? <DataWarningNotice warning={warning} t={t} locale={locale} /> : null}
      </section>
    </div>
  );
}

/** One perspective: MSB's level table and sub-processes beside the group's level, reasons, notes, evidence and proposals. */
export function PerspectiveStep(props: Props) {
  const t = useMessages(maturityMessages);
  const perspective = MSB_PERSPECTIVES[PERSPECTIVE_KEYS[props.index]];
  return (
    <div className="grid grid-cols-1 gap-6 xl:grid-cols-5">
      <aside className="grid min-w-0 grid-cols-1 content-start gap-4 xl:col-span-3" aria-labelledby={`msb-${perspective.key}`} data-testid="msb-level-table">
        <h3 id={`msb-${perspective.key}`} className="text-base font-semibold text-gray-900">
          {t.dialog.msbHeading}: <span lang="sv">{perspective.name}</span>
        </h3>
        <MsbLevelTable caption={t.model.levelTable(perspective.name)} levels={perspective.levels} rowLabels={perspective.aspectRowLabels} t={t} compact />
        <MsbSubProcesses perspective={perspective} t={t} headingLevel={4} />
        <MsbAdvice heading={t.dialog.adviceHeading} headingLevel={4} />
        <MsbAttribution t={t} />
      </aside>
      <div className="grid min-w-0 grid-cols-1 content-start gap-6 xl:col-span-2">
        <LevelField {...props} />
        <ReasonsField index={props.index} />
        <ProposalsField perspective={perspective.key} />
        <AspectNotesField index={props.index} />
        <EvidenceField index={props.index} />
      </div>
    </div>
  );
}
