import { withApi } from "@/lib/api/handler";
import { classificationModelSchema } from "@/lib/classification/schema";
import { getClassificationModel, updateClassificationModel } from "@/lib/classification/service";

export const GET = withApi({ handler: ({ principal }) => getClassificationModel(principal) });
export const PUT = withApi({ body: classificationModelSchema, handler: ({ principal, body }) => updateClassificationModel(principal, body) });
