import { withApi } from "@/lib/api/handler";
import { contractRoutes } from "@/lib/contracts/openapi";
import { setContractRequirementStatus } from "@/lib/contracts/service";

export const PATCH = withApi({
  ...contractRoutes.requirement,
  permission: "suppliers.requirements",
  handler: ({ principal, params, body }) => setContractRequirementStatus(principal, params.id, params.requirementId, body),
});
