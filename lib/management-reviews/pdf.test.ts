import { describe, expect, it } from "vitest";
import { demoOrganization } from "../../test/demo-organization";
import { pdfStreams, pdfText } from "../../test/pdf-text";
import { reviewPdfResponse } from "./pdf";
import { createReview } from "./service";

/** Filled four-cornered paths in the page content: how react-pdf draws an Svg Rect (m, three l, h, f). */
const rectangles = (bytes: Buffer) => pdfStreams(bytes).join("\n").match(/[\d.]+ [\d.]+ m\n(?:[\d.]+ [\d.]+ l\n){3}h\nf/g)?.length ?? 0;

describe("the review PDF draws its charts", { timeout: 120_000 }, () => {
  it("renders section d's indicators with trend, the dialogue's and the questionnaire's levels and the risk bands as bar charts", async () => {
    const { management } = await demoOrganization();
    const to = new Date();
    const from = new Date(to.getTime() - 365 * 86_400_000);
    const review = await createReview(management, { title: "Genomgång med diagram", periodFrom: from, periodTo: to, participants: [] });
    const bytes = Buffer.from(await (await reviewPdfResponse(management, review.id)).arrayBuffer());
    expect(bytes.subarray(0, 5).toString()).toBe("%PDF-");
    const text = pdfText(bytes);
    for (const title of ["Indikatorer som andelar", "Mognadsniv", "Nivå per arbetsområde", "Öppna risker per riskklass", "Föregående period"]) expect(text).toContain(title);
    // Many bars: one or two per share indicator, one per perspective and band, and the legend's keys.
    expect(rectangles(bytes)).toBeGreaterThan(30);
  });
});
