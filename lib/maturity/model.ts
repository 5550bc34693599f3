import {
  ASPECT_KEYS,
  ASPECT_LABELS,
  MSB_ABOUT,
  MSB_ADVICE,
  MSB_ADVICE_HEADING,
  MSB_ASPECT_GUIDANCE,
  MSB_ASPECT_GUIDANCE_HEADING,
  MSB_ATTRIBUTION,
  MSB_GENERAL_LEVELS,
  MSB_GENERAL_LEVELS_HEADING,
  MSB_PERSPECTIVE_LIST,
} from "./msb-model";

/**
 * MSB's Mognadsdialogen as one JSON document for API consumers: the texts exactly as in
 * msb-model.ts (never reworded here), with the attribution travelling along.
 */
export function maturityModel() {
  return {
    source: "MSB",
    attribution: MSB_ATTRIBUTION,
    language: "sv",
    about: MSB_ABOUT,
    advice: { heading: MSB_ADVICE_HEADING, items: MSB_ADVICE },
    aspects: ASPECT_KEYS.map((key) => ({
      key,
      label: ASPECT_LABELS[key],
      ...(key === "kannetecken" ? {} : { guidance: MSB_ASPECT_GUIDANCE[key] }),
    })),
    aspectGuidanceHeading: MSB_ASPECT_GUIDANCE_HEADING,
    generalLevels: { heading: MSB_GENERAL_LEVELS_HEADING, levels: MSB_GENERAL_LEVELS },
    perspectives: MSB_PERSPECTIVE_LIST,
  };
}

export type MaturityModel = ReturnType<typeof maturityModel>;
