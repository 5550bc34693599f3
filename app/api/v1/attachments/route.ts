import { withApi } from "@/lib/api/handler";
import { attachmentRoutes } from "@/lib/attachments/openapi";
import { listAttachments } from "@/lib/attachments/queries";
import { uploadAttachments } from "@/lib/attachments/service";

export const GET = withApi({ ...attachmentRoutes.list, permission: "attachments.read", handler: ({ principal, query }) => listAttachments(principal, query) });
export const POST = withApi({ ...attachmentRoutes.upload, permission: "attachments.write", handler: ({ principal, request }) => uploadAttachments(principal, request) });
