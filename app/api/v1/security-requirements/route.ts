import { withApi } from "@/lib/api/handler";
import { createRequirement, listRequirements } from "@/lib/assets/requirements";
import { requirementCreateSchema, requirementListQuerySchema } from "@/lib/assets/requirements-schema";

export const GET = withApi({ permission: "assets.read", query: requirementListQuerySchema, handler: ({ principal, query }) => listRequirements(principal, query) });
export const POST = withApi({ permission: "security-requirements.manage", body: requirementCreateSchema, status: 201, handler: ({ principal, body }) => createRequirement(principal, body) });
