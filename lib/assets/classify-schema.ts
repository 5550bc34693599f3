import { enabledAspects, requiredAspects, type Aspect, type ClassificationModel } from "../classification/schema";
import type { z } from "../validation/zod";
import { assetUpdateSchema } from "./schema";

/** The guided form asks for a motivation from this level up; the API keeps it optional. */
export const MOTIVATION_FROM_LEVEL = 2;

type ModelShape = Pick<ClassificationModel, "traceabilityEnabled" | "traceabilityRequired">;

/**
 * The guided classification form's schema: the API's update schema (levels, motivations, version)
 * plus the form's own rules: every required aspect gets a level, and levels ≥ 2 a motivation.
 */
export function classifyFormSchema(model: ModelShape, texts: { chooseLevel: string; motivationRequired: string }) {
  const enabled = enabledAspects(model);
  const required = requiredAspects(model);
  return assetUpdateSchema
    .pick({ confidentiality: true, integrity: true, availability: true, traceability: true, motivations: true, version: true })
    .superRefine((value, ctx) => {
      for (const aspect of enabled) {
        const level = value[aspect];
        if ((level === null || level === undefined) && required.includes(aspect)) {
          ctx.addIssue({ code: "custom", path: [aspect], message: texts.chooseLevel });
        }
        if (level !== null && level !== undefined && level >= MOTIVATION_FROM_LEVEL && !value.motivations?.[aspect]) {
          ctx.addIssue({ code: "custom", path: ["motivations", aspect], message: texts.motivationRequired });
        }
      }
    });
}

export type ClassifyFormSchema = ReturnType<typeof classifyFormSchema>;
export type ClassifyFormInput = z.input<ClassifyFormSchema>;
export type ClassifyFormOutput = z.output<ClassifyFormSchema>;

/** The PATCH body: only the enabled aspects, so a switched-off spårbarhet is left as it is. */
export function classifyBody(values: ClassifyFormOutput, model: ModelShape): Record<string, unknown> {
  const body: Record<string, unknown> = { version: values.version, motivations: {} as Partial<Record<Aspect, string | null>> };
  const motivations: Partial<Record<Aspect, string | null>> = {};
  for (const aspect of enabledAspects(model)) {
    body[aspect] = values[aspect] ?? null;
    motivations[aspect] = values.motivations?.[aspect] ?? null;
  }
  body.motivations = motivations;
  return body;
}
