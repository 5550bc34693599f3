import { NextResponse } from "next/server";
import { withApi } from "@/lib/api/handler";
import { ORG_COOKIE } from "@/lib/auth/principal";
import { meRoutes } from "@/lib/me/openapi";
import { assertMembership } from "@/lib/me/service";

/** Switches the active organisation of the signed-in session. */
export const POST = withApi({
  ...meRoutes.organization,
  permission: "me.read",
  handler: async ({ principal, body }) => {
    await assertMembership(principal, body.organizationId);
    const response = NextResponse.json({ organizationId: body.organizationId });
    response.cookies.set(ORG_COOKIE, body.organizationId, { httpOnly: true, sameSite: "lax", path: "/", secure: process.env.NODE_ENV === "production" && process.env.NEXTAUTH_URL?.startsWith("https") });
    return response;
  },
});
