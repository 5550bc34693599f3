import { withApi } from "@/lib/api/handler";
import { managementReviewRoutes } from "@/lib/management-reviews/openapi";
import { getReview } from "@/lib/management-reviews/queries";
import { updateReview } from "@/lib/management-reviews/service";

export const GET = withApi({ ...managementReviewRoutes.get, permission: "management-reviews.read", handler: ({ principal, params }) => getReview(principal, params.id) });
export const PATCH = withApi({ ...managementReviewRoutes.update, permission: "management-reviews.write", handler: ({ principal, params, body }) => updateReview(principal, params.id, body) });
