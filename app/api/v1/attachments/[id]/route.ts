import { withApi } from "@/lib/api/handler";
import { attachmentRoutes } from "@/lib/attachments/openapi";
import { deleteAttachment } from "@/lib/attachments/service";

export const DELETE = withApi({ ...attachmentRoutes.remove, permission: "attachments.write", handler: ({ principal, params }) => deleteAttachment(principal, params.id) });
