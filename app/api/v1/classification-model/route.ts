import { withApi } from "@/lib/api/handler";
import { classificationModelSchema } from "@/lib/classification/schema";
import { getClassificationModel, updateClassificationModel } from "@/lib/classification/service";

export const GET = withApi({ permission: "assets.read", handler: ({ principal }) => getClassificationModel(principal) });
export const PUT = withApi({ permission: "classification-model.manage", body: classificationModelSchema, handler: ({ principal, body }) => updateClassificationModel(principal, body) });
