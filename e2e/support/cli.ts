import { execFileSync } from "node:child_process";
import { E2E_ENV } from "./env";

/** Runs `npm run isms -- …` against the e2e server's embedded database (shared, not restarted). */
export function isms(...args: string[]): string {
  return execFileSync(
    process.execPath,
    ["--experimental-wasm-modules", "--no-warnings=ExperimentalWarning", "--conditions=react-server", "--import", "tsx", "cli/isms.ts", ...args],
    { env: { ...process.env, ...E2E_ENV }, encoding: "utf8" },
  );
}

/** A personal access token for a user, from `isms token:create` (the token is the last line). */
export function createToken(email: string, org?: string): string {
  const output = isms("token:create", "--email", email, "--name", "e2e", ...(org ? ["--org", org] : []));
  return output.trim().split("\n").at(-1)!.trim();
}
