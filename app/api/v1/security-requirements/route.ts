import { withApi } from "@/lib/api/handler";
import { requirementRoutes } from "@/lib/assets/requirements-openapi";
import { createRequirement, listRequirements } from "@/lib/assets/requirements";

export const GET = withApi({ ...requirementRoutes.listRequirements, permission: "assets.read", handler: ({ principal, query }) => listRequirements(principal, query) });
export const POST = withApi({ ...requirementRoutes.createRequirement, permission: "security-requirements.manage", handler: ({ principal, body }) => createRequirement(principal, body) });
