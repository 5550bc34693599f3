import { withApi } from "@/lib/api/handler";
import { requirementRoutes } from "@/lib/assets/requirements-openapi";
import { deleteRequirement, getRequirement, updateRequirement } from "@/lib/assets/requirements";

export const GET = withApi({ ...requirementRoutes.getRequirement, permission: "assets.read", handler: ({ principal, params }) => getRequirement(principal, params.id) });
export const PATCH = withApi({ ...requirementRoutes.updateRequirement, permission: "security-requirements.manage", handler: ({ principal, params, body }) => updateRequirement(principal, params.id, body) });
export const DELETE = withApi({ ...requirementRoutes.removeRequirement, permission: "security-requirements.manage", handler: ({ principal, params }) => deleteRequirement(principal, params.id) });
