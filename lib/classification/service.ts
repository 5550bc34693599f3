import "server-only";
import { db, type Tx } from "../db/client";
import type { ClassificationModel } from "./schema";
import { classificationSettings } from "./settings";

/** For internal use (asset writes, import, views): no permission check. */
export function readClassificationModel(client: Tx | typeof db, organizationId: string): Promise<ClassificationModel> {
  return classificationSettings.read(organizationId, client);
}

