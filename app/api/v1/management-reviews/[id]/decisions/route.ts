import { withApi } from "@/lib/api/handler";
import { managementReviewRoutes } from "@/lib/management-reviews/openapi";
import { addDecision } from "@/lib/management-reviews/service";

export const POST = withApi({ ...managementReviewRoutes.addDecision, permission: "management-reviews.write", handler: ({ principal, params, body }) => addDecision(principal, params.id, body) });
