import { describe, it, expect } from "vitest";
import {
  ASPECT_KEYS,
  MSB_ASPECT_HEADINGS,
  MSB_ADVICE,
  MSB_ASPECT_GUIDANCE,
  MSB_ATTRIBUTION,
  MSB_GENERAL_LEVELS,
  MSB_PERSPECTIVES,
  MSB_PERSPECTIVE_LIST,
  PERSPECTIVE_KEYS,
} from "./msb-model";

describe("MSB Mognadsdialogen model", () => {
  it("has six perspectives keyed consistently", () => {
    expect(PERSPECTIVE_KEYS).toHaveLength(6);
    expect(Object.keys(MSB_PERSPECTIVES).sort()).toEqual([...PERSPECTIVE_KEYS].sort());
    for (const key of PERSPECTIVE_KEYS) {
      expect(MSB_PERSPECTIVES[key].key).toBe(key);
      expect(MSB_PERSPECTIVES[key].name.length).toBeGreaterThan(0);
    }
    expect(MSB_PERSPECTIVE_LIST.map((p) => p.key)).toEqual([...PERSPECTIVE_KEYS]);
  });

  it("has four levels (1-4, in order) per perspective", () => {
    for (const key of PERSPECTIVE_KEYS) {
      expect(MSB_PERSPECTIVES[key].levels.map((l) => l.level)).toEqual([1, 2, 3, 4]);
    }
  });

  it("has non-empty text for every aspect on every level", () => {
    for (const key of PERSPECTIVE_KEYS) {
      for (const level of MSB_PERSPECTIVES[key].levels) {
        for (const aspect of ASPECT_KEYS) {
          const texts = level.aspects[aspect];
          expect(texts.length, `${key} nivå ${level.level} ${aspect}`).toBeGreaterThan(0);
          for (const text of texts) {
            expect(text.trim().length).toBeGreaterThan(0);
            expect(text).toBe(text.trim());
            expect(text).not.toMatch(/<[^>]+>|\s{2,}/);
          }
        }
        expect(level.title).toBe(level.aspects.kannetecken.join(" "));
      }
    }
  });

  it("has labels for every aspect", () => {
    for (const aspect of ASPECT_KEYS) {
      expect(MSB_ASPECT_HEADINGS[aspect].length).toBeGreaterThan(0);
    }
    expect(MSB_ASPECT_HEADINGS.folja_upp).toBe("Följa upp, lära och förbättra");
  });

  it("has the general level description", () => {
    expect(MSB_GENERAL_LEVELS.map((l) => l.level)).toEqual([1, 2, 3, 4]);
    expect(MSB_GENERAL_LEVELS.map((l) => l.title)).toEqual([
      "Reaktiva",
      "Viss systematik",
      "Förbättringsdriv",
      "Proaktiv, förutseende",
    ]);
    for (const level of MSB_GENERAL_LEVELS) {
      for (const aspect of ASPECT_KEYS) {
        expect(level.aspects[aspect].length).toBeGreaterThan(0);
      }
      expect(level.description.length).toBeGreaterThan(0);
    }
    expect(MSB_GENERAL_LEVELS[0]?.aspects.tillampning).toEqual([
      "Var och en arbetar efter eget huvud och situationen styr.",
      "Vissa arbetsätt tillämpas sporadiskt.",
    ]);
  });

  it("keeps MSB's text verbatim (spot checks copied from the source)", () => {
    const risk = MSB_PERSPECTIVES.riskhantering.levels;
    expect(risk[1]?.title).toBe("Oj, mer jobb");
    expect(risk[0]?.aspects.tillampning).toContain(
      'Åtgärder genomförs utifrån "köper in", men överväger inte om investeringen är rätt.',
    );
    expect(risk[3]?.aspects.resultat).toEqual([
      "Flera relevanta resultat som visar positiva trender.",
      "Ex riskutveckling över tid, påverkat sårbarheter.",
    ]);

    const info = MSB_PERSPECTIVES.informationsklassning;
    expect(info.levels[0]?.title).toBe("Information, vad då?");
    expect(info.aspectRowLabels.tillampning).toBe("Tillämpas");
    expect(info.levels[2]?.aspects.tillampning).toContain("Medvetenhet finns på de tre aspekterna KRT.");
    expect(info.subProcesses).toEqual([
      "Identifiera info tillgångar",
      "Värdera och klassa",
      "Ge rätt skydd utifrån klassning",
      "Uppföljning",
      "Omvärdera/omklassa",
    ]);

    const incident = MSB_PERSPECTIVES.incidenthantering.levels;
    expect(incident[1]?.aspects.kannetecken).toEqual(["Få inrapporterade = bra"]);
    expect(incident[3]?.aspects.tillampning).toContain("Åtgärdar alltid grundorsaken.");

    const upph = MSB_PERSPECTIVES.upphandling.levels;
    expect(upph.map((l) => l.title)).toEqual(["Naiv", "Godtrogen", "Kravställare", "Dialog med leverantör"]);
    expect(upph[1]?.aspects.tillampning).toContain(
      "Uppföljning av leverantörer görs huvudsakligen på SLA/tillgänglighet.",
    );

    const komp = MSB_PERSPECTIVES.kompetens.levels;
    expect(komp.map((l) => l.title)).toEqual(["Okunnig", "Informerad", "Engagerad", "Motiverad"]);
    expect(komp[0]?.aspects.folja_upp).toEqual(["Pratar, vi borde göra detta regelbundet."]);

    const uppf = MSB_PERSPECTIVES.uppfoljning;
    expect(uppf.levels[0]?.title).toBe("Utan spaning ingen aning");
    expect(uppf.levels[2]?.aspects.resultat).toContain("Har fokus på har vi fått med allt i uppföljningen?!");
    expect(uppf.subProcesses).toEqual(["Behov", "Planera", "Genomföra", "Följa upp", "Förbättra"]);
    expect(uppf.subProcessDetails[0]?.items).toContain("När? Frekvens revisionsplaner");
  });

  it("includes MSB's assessment advice and aspect guidance verbatim", () => {
    expect(MSB_ADVICE).toContain("Tänk på att det är bättre att inte ge sig själv för högt resultat.");
    expect(MSB_ADVICE).toContain('Var medveten om att "Resultat" och "Följa upp..." ställer höga krav.');
    expect(MSB_ASPECT_GUIDANCE.tillampning.questions).toEqual([
      "I vilken omfattning använder vi arbetsätten, gör vi som vi säger att vi ska göra?",
    ]);
  });

  it("has an attribution naming MSB and the document", () => {
    expect(MSB_ATTRIBUTION).toContain("MSB");
    expect(MSB_ATTRIBUTION).toContain("Mognadsdialogen");
  });
});
