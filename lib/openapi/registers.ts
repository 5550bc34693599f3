import type { ApiOperation } from "./operations";

/** Each register adds its operations here (lib/<register>/openapi.ts). */
export const registerOperations: ApiOperation[] = [];
