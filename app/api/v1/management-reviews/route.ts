import { withApi } from "@/lib/api/handler";
import { managementReviewRoutes } from "@/lib/management-reviews/openapi";
import { listReviews } from "@/lib/management-reviews/queries";
import { createReview } from "@/lib/management-reviews/service";

export const GET = withApi({ ...managementReviewRoutes.list, permission: "management-reviews.read", handler: ({ principal, query }) => listReviews(principal, query) });
export const POST = withApi({ ...managementReviewRoutes.create, permission: "management-reviews.write", handler: ({ principal, body }) => createReview(principal, body) });
