import { withApi } from "@/lib/api/handler";
import { managementReviewRoutes } from "@/lib/management-reviews/openapi";
import { reviewPdfResponse } from "@/lib/management-reviews/pdf";

export const GET = withApi({ ...managementReviewRoutes.pdf, permission: "management-reviews.read", handler: ({ principal, params }) => reviewPdfResponse(principal, params.id) });
