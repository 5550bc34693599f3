import { NextResponse } from "next/server";
import { withApi } from "@/lib/api/handler";
import { draftRiskFromIncident } from "@/lib/incidents/draft-risk";
import { incidentRoutes } from "@/lib/incidents/openapi";

/** 201 with the new risk; 200 with the same risk when it was already drafted (idempotent). */
export const POST = withApi({
  ...incidentRoutes.draftRisk,
  permission: "incidents.handle",
  handler: async ({ principal, params }) => {
    const { created, ...drafted } = await draftRiskFromIncident(principal, params.id);
    return NextResponse.json(drafted, { status: created ? 201 : 200 });
  },
});
