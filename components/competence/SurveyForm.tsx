"use client";
import { useRouter } from "next/navigation";
import { useId, useState, type FormEvent } from "react";
import { FormMessage } from "@/components/form/fields";
import { Button } from "@/components/ui/Button";
import { apiFetch } from "@/lib/client/api";
import { useApiAction } from "@/lib/client/use-api-submit";
import { competenceMessages } from "@/lib/competence/messages";
import { KNOWLEDGE_AREAS, SURVEY_METHODS, type KnowledgeArea } from "@/lib/competence/schema";
import { useMessages } from "@/lib/i18n/client";

const input = "mt-1 block w-full rounded-md border border-gray-400 bg-white px-2 py-1.5 text-sm text-gray-900";

/** A knowledge survey: which of MSB's areas it covered and the result (0–100) in each. */
export function SurveyForm() {
  const t = useMessages(competenceMessages);
  const id = useId();
  const router = useRouter();
  const { busy, message, run } = useApiAction();
  const [scores, setScores] = useState<Partial<Record<KnowledgeArea, string>>>({});
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const formElement = event.currentTarget;
    const data = new FormData(formElement);
    const areas = KNOWLEDGE_AREAS.filter((area) => data.get(`area-${area}`) === "on");
    const number = (name: string) => (data.get(name) ? Number(data.get(name)) : null);
    void run(async () => {
      await apiFetch("/api/v1/knowledge-surveys", {
        body: {
          title: data.get("title"),
          conductedAt: data.get("conductedAt"),
          method: data.get("method"),
          areas,
          invited: number("invited"),
          responded: number("responded"),
          results: areas.filter((area) => scores[area]).map((area) => ({ area, score: Number(scores[area]) })),
        },
      });
      formElement.reset();
      setScores({});
      router.refresh();
      return t.surveys.saved;
    });
  };
  const field = (name: string, label: string, type = "text") => (
    <div>
      <label htmlFor={`${id}-${name}`} className="block text-sm font-medium text-gray-900">{label}</label>
      <input id={`${id}-${name}`} name={name} type={type} aria-required={name === "title" || name === "conductedAt"} maxLength={name === "title" ? 200 : undefined} className={input} />
    </div>
  );
  return (
    <form onSubmit={onSubmit} noValidate className="grid max-w-3xl gap-3">
      <div className="grid gap-4 sm:grid-cols-2">
        {field("title", t.fields.title)}
        {field("conductedAt", t.fields.conductedAt, "date")}
        <div>
          <label htmlFor={`${id}-method`} className="block text-sm font-medium text-gray-900">{t.fields.method}</label>
          <select id={`${id}-method`} name="method" className={input}>
            {SURVEY_METHODS.map((method) => <option key={method} value={method}>{t.methods[method]}</option>)}
          </select>
        </div>
        {field("invited", t.surveys.invited, "number")}
        {field("responded", t.fields.responded, "number")}
      </div>
      <fieldset className="grid gap-2 rounded-md border border-gray-300 p-3">
        <legend className="px-1 text-sm font-medium text-gray-900">{t.fields.knowledgeAreas}</legend>
        {KNOWLEDGE_AREAS.map((area) => (
          <div key={area} className="flex flex-wrap items-end gap-3">
            <label className="inline-flex min-w-72 items-center gap-2 text-sm text-gray-900" lang="sv">
              <input type="checkbox" name={`area-${area}`} className="h-4 w-4" />
              {t.areas[area]}
            </label>
            <label className="text-sm text-gray-900">
              {t.fields.score} (0–100)<span className="sr-only" lang="sv">: {t.areas[area]}</span>
              <input type="number" min={0} max={100} value={scores[area] ?? ""} onChange={(event) => setScores({ ...scores, [area]: event.target.value })} className="ml-2 w-24 rounded-md border border-gray-400 px-2 py-1 text-sm" />
            </label>
          </div>
        ))}
      </fieldset>
      <div>
        <Button type="submit" disabled={busy}>{t.surveys.add}</Button>
      </div>
      <FormMessage message={message} />
    </form>
  );
}
