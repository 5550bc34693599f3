import { withApi } from "@/lib/api/handler";
import { maturityRoutes } from "@/lib/maturity/openapi";
import { getAssessment } from "@/lib/maturity/queries";
import { deleteAssessment, updateAssessment } from "@/lib/maturity/service";

export const GET = withApi({ ...maturityRoutes.get, permission: "maturity.read", handler: ({ principal, params }) => getAssessment(principal, params.id) });
export const PATCH = withApi({ ...maturityRoutes.update, permission: "maturity.write", handler: ({ principal, params, body }) => updateAssessment(principal, params.id, body) });
export const DELETE = withApi({ ...maturityRoutes.remove, permission: "maturity.write", handler: ({ principal, params }) => deleteAssessment(principal, params.id) });
