import "server-only";
import type { Principal } from "../authz/roles";
import { renderPdfInWorker } from "../pdf/render";
import { getReview } from "./queries";
import { reportModel } from "./report";

/** GET /api/v1/management-reviews/{id}/pdf: the review as management saw it (live while a draft). */
export async function reviewPdfResponse(principal: Principal, id: string): Promise<Response> {
  const review = await getReview(principal, id);
  const bytes = await renderPdfInWorker(["management-reviews", "review-pdf.worker.mjs"], reportModel(review, principal.organizationName));
  return new Response(new Uint8Array(bytes), {
    headers: { "content-type": "application/pdf", "content-disposition": `attachment; filename="ledningens-genomgang-${id.slice(0, 8)}.pdf"` },
  });
}
