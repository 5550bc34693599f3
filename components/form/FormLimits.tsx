"use client";
import { createContext, useContext, useMemo, type ReactNode } from "react";
import type { z } from "zod";
import { maxLengthAt } from "@/lib/validation/limits";

const LimitsContext = createContext<((name: string) => number | undefined) | null>(null);

/**
 * Gives every text field inside it the limit its form's zod schema sets (the schema the API
 * validates with), so the browser stops there and the counter appears near it — without each form
 * repeating the numbers. A field's own `maxLength` wins.
 */
export function FormLimits({ schema, children }: { schema: z.core.$ZodType; children: ReactNode }) {
  const lookup = useMemo(() => (name: string) => maxLengthAt(schema, name), [schema]);
  return <LimitsContext.Provider value={lookup}>{children}</LimitsContext.Provider>;
}

/** The limit of the field registered under `name`, from the nearest FormLimits. */
export function useSchemaLimit(name: string): number | undefined {
  return useContext(LimitsContext)?.(name);
}
