import { withApi } from "@/lib/api/handler";
import { deleteRequirement, getRequirement, updateRequirement } from "@/lib/assets/requirements";
import { requirementUpdateSchema } from "@/lib/assets/requirements-schema";

export const GET = withApi({ permission: "assets.read", handler: ({ principal, params }) => getRequirement(principal, params.id) });
export const PATCH = withApi({ permission: "security-requirements.manage", body: requirementUpdateSchema, handler: ({ principal, params, body }) => updateRequirement(principal, params.id, body) });
export const DELETE = withApi({ permission: "security-requirements.manage", handler: ({ principal, params }) => deleteRequirement(principal, params.id) });
