import { withApi } from "@/lib/api/handler";
import { attachmentRoutes } from "@/lib/attachments/openapi";
import { attachmentDownload } from "@/lib/attachments/service";

export const GET = withApi({ ...attachmentRoutes.content, permission: "attachments.read", handler: ({ principal, params }) => attachmentDownload(principal, params.id) });
