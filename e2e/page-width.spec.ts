import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { PERSPECTIVE_KEYS } from "../lib/maturity/msb-model";
import { call } from "./support/api";
import { createToken } from "./support/cli";
import { DEMO, expectAccessible, signIn } from "./support/session";

// Every page fits the window: no sideways scroll of the page at 1280 px or on a phone (375 px),
// and no table or box that scrolls sideways inside it either. A chart may scroll inside its own
// scroller, marked data-scroll="chart".

const VIEWPORTS = [
  { name: "1280 px", width: 1280, height: 800 },
  { name: "375 px", width: 375, height: 812 },
] as const;

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;
/** One visit per kind of page: record ids stand for any record. */
const pattern = (path: string) => path.replace(UUID, ":id");

/** One record of each register, made through the API, so every detail page has something to show. */
async function createRecords(request: APIRequestContext): Promise<string[]> {
  const ciso = createToken(DEMO.ciso);
  const stamp = Date.now();
  const post = async (path: string, body: unknown) => {
    const answer = await call(request, ciso, "POST", path, body);
    expect(answer.status, path).toBe(201);
    return answer.body.id as string;
  };
  const unit = await post("/api/v1/org-units", { name: `Bredd ${stamp}` });
  // Long unbroken words are what push a layout sideways.
  const asset = await post("/api/v1/assets", { name: `Verksamhetssystemförvaltningsdokumentation ${stamp}`, orgUnitId: unit, confidentiality: 3, integrity: 3, availability: 3 });
  const analysis = await post("/api/v1/risk-analyses", { title: `Bredd-analys ${stamp}`, assetIds: [asset] });
  const risk = await post("/api/v1/risks", { title: `Informationssäkerhetsincidenthanteringsrisk ${stamp}`, likelihood: 3, consequence: 4, analysisId: analysis, assetIds: [asset] });
  const occurredAt = new Date(stamp - 86_400_000);
  const incident = await post("/api/v1/incidents", { title: `Bredd-incident ${stamp}`, description: "Kontroll av sidbredd.", occurredAt: occurredAt.toISOString(), detectedAt: new Date(stamp).toISOString(), personalData: "yes" });
  const action = await post("/api/v1/actions", { title: `Bredd-åtgärd ${stamp}`, source: { type: "risk", id: risk } });
  const maturity = await post("/api/v1/maturity-assessments", {
    title: `Bredd-dialog ${stamp}`,
    heldAt: new Date(stamp - 3_600_000).toISOString(),
    status: "completed",
    entries: PERSPECTIVE_KEYS.map((perspective) => ({ perspective, level: 2, reasons: ["Sidbredd"] })),
    proposals: [{ perspective: "riskhantering", what: "Förslag", how: "Så här", who: "CISO", horizon: "0-6" }],
  });
  const objective = await post("/api/v1/objectives", { title: `Informationssäkerhetsmålsuppfyllelse ${stamp}`, perspective: "riskhantering", indicatorKey: "risks.treatment_decided_share", target: 0.9 });
  return [`/tillgangar/${asset}`, `/risker/analyser/${analysis}`, `/risker/${risk}`, `/incidenter/${incident}`, `/atgarder/${action}`, `/mognad/${maturity}`, "/ledningens-genomgang/mal", `/ledningens-genomgang/mal/${objective}/andra`];
}

/** The app's own page links on the page (no API, downloads or other sites). */
async function pageLinks(page: Page): Promise<string[]> {
  const hrefs = await page.locator("a[href^='/']:not([download])").evaluateAll((links) => links.map((link) => link.getAttribute("href") ?? ""));
  return hrefs.map((href) => href.split("#")[0]).filter((href) => href && !href.startsWith("/api/") && !href.startsWith("/login") && !href.startsWith("/invite"));
}

interface Overflow {
  page: number;
  window: number;
  boxes: string[];
  /** Charts (and their tables of figures) wider than their own box. */
  charts: string[];
}

/** How far the page is wider than the window, and every box (not a chart's) that scrolls sideways. */
function measure(page: Page): Promise<Overflow> {
  return page.evaluate(() => {
    const describe = (el: Element) => `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ""}.${[...el.classList].slice(0, 4).join(".")} ${el.scrollWidth}/${el.clientWidth}`;
    const scrolls = (el: Element) => ["auto", "scroll"].includes(getComputedStyle(el).overflowX) && el.scrollWidth > el.clientWidth + 1;
    const boxes = [...document.querySelectorAll("body *")].filter((el) => !el.closest("[data-scroll='chart']") && scrolls(el)).map(describe);
    const charts = [...document.querySelectorAll("[data-scroll='chart']")].filter(scrolls).map(describe);
    return { page: document.documentElement.scrollWidth, window: window.innerWidth, boxes, charts };
  });
}

for (const role of ["ciso", "admin"] as const) {
  for (const viewport of VIEWPORTS) {
    test(`@demo every page fits ${viewport.name} for the ${role}, each accessible`, async ({ page, request }) => {
      test.setTimeout(600_000);
      const details = await createRecords(request);
      await page.setViewportSize({ width: viewport.width, height: viewport.height });
      await signIn(page, DEMO[role]);
      const nav = await page.getByRole("navigation", { name: "Huvudmeny" }).locator("a").evaluateAll((links) => links.map((link) => link.getAttribute("href") ?? ""));
      const queue = [...nav, "/konto", ...details];
      const seen = new Set<string>();
      const failures: string[] = [];
      // Two levels from the menu and the records: list → detail → its sub-pages.
      for (let depth = 0; depth < 3 && queue.length; depth++) {
        const level = queue.splice(0);
        for (const path of level) {
          if (seen.has(pattern(path.split("?")[0]))) continue;
          seen.add(pattern(path.split("?")[0]));
          await page.goto(path);
          await expect(page.getByRole("heading", { level: 1 }).first()).toBeVisible();
          const width = await measure(page);
          // On a phone a chart may scroll in its own box; on a desktop it fits that box too.
          const charts = viewport.width >= 1280 ? width.charts : [];
          if (width.page > width.window || width.boxes.length || charts.length) failures.push(`${path}: page ${width.page} px in ${width.window} px; ${[...width.boxes, ...charts].join("; ")}`);
          await expectAccessible(page);
          if (depth < 2) queue.push(...(await pageLinks(page)));
        }
      }
      expect(seen.size, "pages visited").toBeGreaterThan(20);
      expect(failures, `pages wider than ${viewport.width} px`).toEqual([]);
    });
  }
}
