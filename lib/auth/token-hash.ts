import { createHash } from "node:crypto";

/** Tokens are stored as their sha256; the token itself is shown once. */
export const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");
