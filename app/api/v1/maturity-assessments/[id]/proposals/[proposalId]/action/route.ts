import { NextResponse } from "next/server";
import { withApi } from "@/lib/api/handler";
import { proposalToAction } from "@/lib/maturity/proposal-action";
import { proposalActionSchema } from "@/lib/maturity/schema";

/** 201 with the new action; 200 with the existing one when the proposal already has an action. */
export const POST = withApi({
  body: proposalActionSchema,
  handler: async ({ principal, params, body }) => {
    const result = await proposalToAction(principal, params.id, params.proposalId, body);
    return NextResponse.json(result, { status: result.created ? 201 : 200 });
  },
});
