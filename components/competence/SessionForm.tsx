"use client";
import { useRouter } from "next/navigation";
import { useId, useState, type FormEvent } from "react";
import { FormMessage } from "@/components/form/fields";
import { Button } from "@/components/ui/Button";
import { apiFetch } from "@/lib/client/api";
import { useApiAction } from "@/lib/client/use-api-submit";
import { competenceMessages } from "@/lib/competence/messages";
import { useMessages } from "@/lib/i18n/client";

interface Option {
  id: string;
  name: string;
}

const today = () => new Date().toISOString().slice(0, 10);

/** Register a session: pick a unit, tick who attended, give the day; one call records them all. */
export function SessionForm({ trainingId, units }: { trainingId: string; units: Option[] }) {
  const t = useMessages(competenceMessages);
  const id = useId();
  const router = useRouter();
  const { busy, message, run } = useApiAction();
  const [people, setPeople] = useState<Option[]>([]);
  const [ticked, setTicked] = useState<Set<string>>(new Set());
  const [day, setDay] = useState(today);

  const pickUnit = (unitId: string) =>
    run(async () => {
      setTicked(new Set());
      if (!unitId) return setPeople([]);
      const page = await apiFetch<{ items: Option[] }>(`/api/v1/people?orgUnitId=${unitId}&pageSize=500&sort=name:asc`);
      setPeople(page.items);
      setTicked(new Set(page.items.map((person) => person.id)));
    });
  const toggle = (personId: string) => setTicked((current) => {
    const next = new Set(current);
    if (next.has(personId)) next.delete(personId);
    else next.add(personId);
    return next;
  });
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void run(async () => {
      const answer = await apiFetch<{ created: number }>("/api/v1/training-records/session", { body: { trainingId, completedAt: day, personIds: [...ticked] } });
      router.refresh();
      return t.trainings.registered(answer.created);
    });
  };

  return (
    <form onSubmit={onSubmit} className="grid gap-3">
      <div className="flex flex-wrap gap-4">
        <div>
          <label htmlFor={`${id}-unit`} className="block text-sm font-medium text-gray-900">{t.trainings.pickUnit}</label>
          <select id={`${id}-unit`} onChange={(event) => void pickUnit(event.target.value)} className="mt-1 rounded-md border border-gray-400 bg-white px-2 py-1.5 text-sm text-gray-900">
            <option value="">—</option>
            {units.map((unit) => <option key={unit.id} value={unit.id}>{unit.name}</option>)}
          </select>
        </div>
        <div>
          <label htmlFor={`${id}-day`} className="block text-sm font-medium text-gray-900">{t.fields.completedAt}</label>
          <input id={`${id}-day`} type="date" required value={day} onChange={(event) => setDay(event.target.value)} className="mt-1 rounded-md border border-gray-400 bg-white px-2 py-1.5 text-sm text-gray-900" />
        </div>
      </div>
      {people.length ? (
        <fieldset className="max-h-80 overflow-y-auto rounded-md border border-gray-300 p-3">
          <legend className="px-1 text-sm font-medium text-gray-900">{t.trainings.attendees}</legend>
          <ul className="grid gap-1 sm:grid-cols-2">
            {people.map((person) => (
              <li key={person.id}>
                <label className="inline-flex items-center gap-2 text-sm text-gray-900">
                  <input type="checkbox" checked={ticked.has(person.id)} onChange={() => toggle(person.id)} />
                  {person.name}
                </label>
              </li>
            ))}
          </ul>
        </fieldset>
      ) : null}
      <div>
        <Button type="submit" disabled={busy || ticked.size === 0}>{t.trainings.register}</Button>
      </div>
      <FormMessage message={message} />
    </form>
  );
}
