import { forbidden } from "next/navigation";

/**
 * What a page renders when the role may not see it (the API answers 403 for the same check):
 * Next.js answers HTTP 403 with the friendly page in app/(app)/forbidden.tsx.
 */
export function Forbidden(): never {
  forbidden();
}
