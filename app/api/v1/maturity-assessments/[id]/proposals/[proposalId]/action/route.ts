import { NextResponse } from "next/server";
import { withApi } from "@/lib/api/handler";
import { maturityRoutes } from "@/lib/maturity/openapi";
import { proposalToAction } from "@/lib/maturity/proposal-action";

/** 201 with the new action; 200 with the existing one when the proposal already has an action. */
export const POST = withApi({
  ...maturityRoutes.proposalAction,
  permission: "maturity.write",
  handler: async ({ principal, params, body }) => {
    const result = await proposalToAction(principal, params.id, params.proposalId, body);
    return NextResponse.json(result, { status: result.created ? 201 : 200 });
  },
});
