import { withApi } from "@/lib/api/handler";
import { importFromRequest } from "@/lib/assets/import";

export const POST = withApi({ permission: "assets.create", status: 201, handler: ({ principal, request }) => importFromRequest(principal, request) });
