"use client";
import type { RecordOption } from "@/lib/api/options";
import type { UserDuty } from "@/lib/users/duties";
import { RecordPicker } from "./RecordPicker";

interface Props {
  legend: string;
  /** Only people whose role can carry it are offered (the server checks the same). */
  duty: UserDuty;
  /** The person chosen when the form opens (id and name from the record's view). */
  initial: { id: string | null; name: string | null } | null;
  onChange: (userId: string | null) => void;
  error?: string;
  hint?: string;
}

/** Picks one person by name from the server (owner, handler): never a <select> of every member. */
export function UserPicker({ legend, duty, initial, onChange, error, hint }: Props) {
  const chosen: RecordOption[] = initial?.id ? [{ id: initial.id, name: initial.name ?? "" }] : [];
  return (
    <RecordPicker
      legend={legend}
      endpoint={`/api/v1/users/options?duty=${duty}`}
      initial={chosen}
      onChange={(next) => onChange(next[0]?.id ?? null)}
      error={error}
      hint={hint}
    />
  );
}
