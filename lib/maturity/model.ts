import {
  ASPECT_KEYS,
  MSB_ASPECT_HEADINGS,
  MSB_ABOUT,
  MSB_ADVICE,
  MSB_ADVICE_HEADING,
  MSB_ASPECT_GUIDANCE,
  MSB_ASPECT_GUIDANCE_HEADING,
  MSB_ATTRIBUTION,
  MSB_GENERAL_LEVELS,
  MSB_GENERAL_LEVELS_HEADING,
  MSB_PERSPECTIVE_LIST,
  PERSPECTIVE_KEYS,
} from "./msb-model";
import { z } from "../validation/zod";

/**
 * MSB's Mognadsdialogen as one JSON document for API consumers: the texts exactly as in
 * msb-model.ts (never reworded here), with the attribution travelling along.
 */
export function maturityModel() {
  return {
    source: "MSB" as const,
    attribution: MSB_ATTRIBUTION,
    language: "sv" as const,
    about: MSB_ABOUT,
    advice: { heading: MSB_ADVICE_HEADING, items: MSB_ADVICE },
    aspects: ASPECT_KEYS.map((key) => ({
      key,
      label: MSB_ASPECT_HEADINGS[key],
      ...(key === "kannetecken" ? {} : { guidance: MSB_ASPECT_GUIDANCE[key] }),
    })),
    aspectGuidanceHeading: MSB_ASPECT_GUIDANCE_HEADING,
    generalLevels: { heading: MSB_GENERAL_LEVELS_HEADING, levels: MSB_GENERAL_LEVELS },
    perspectives: MSB_PERSPECTIVE_LIST,
  };
}

export type MaturityModel = ReturnType<typeof maturityModel>;

const texts = z.array(z.string());
const levelText = z.object({ level: z.number().int(), title: z.string().optional(), aspects: z.record(z.enum(ASPECT_KEYS), texts) });

/** GET /api/v1/maturity-model: MSB's text, as maturityModel() returns it. */
export const maturityModelSchema = z.object({
  source: z.literal("MSB"),
  attribution: z.string(),
  language: z.literal("sv"),
  about: z.object({ title: z.string(), paragraphs: texts, benefitsHeading: z.string(), benefits: texts }),
  advice: z.object({ heading: z.string(), items: texts }),
  aspects: z.array(z.object({ key: z.enum(ASPECT_KEYS), label: z.string(), guidance: z.object({ summary: texts, questions: texts }).optional() })),
  aspectGuidanceHeading: z.string(),
  generalLevels: z.object({ heading: z.string(), levels: z.array(levelText.extend({ title: z.string(), shortTitle: z.string(), description: texts })) }),
  perspectives: z.array(
    z.object({
      key: z.enum(PERSPECTIVE_KEYS),
      name: z.string(),
      shortName: z.string(),
      intro: texts,
      subProcesses: texts,
      subProcessDetails: z.array(z.object({ name: z.string(), items: texts })),
      aspectRowLabels: z.record(z.enum(ASPECT_KEYS), z.string()),
      levels: z.array(levelText),
    }),
  ),
});
