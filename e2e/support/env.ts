// The e2e server runs on its own port and data folder, so it never touches a developer's app.
// E2E_PORT / E2E_PG_PORT / E2E_DATA_DIR let several runs share one machine.
// E2E_EXTERNAL_URL: servers started elsewhere (scripts/e2e-two-instances.sh: a balancer before two instances).
export const E2E_EXTERNAL_URL = process.env.E2E_EXTERNAL_URL;
export const E2E_PORT = Number(E2E_EXTERNAL_URL ? new URL(E2E_EXTERNAL_URL).port : (process.env.E2E_PORT ?? 3100));
export const E2E_BASE_URL = `http://localhost:${E2E_PORT}`;
export const E2E_ENV = {
  ISMS_DATA_DIR: process.env.E2E_DATA_DIR ?? ".data-e2e",
  ISMS_PG_PORT: process.env.E2E_PG_PORT ?? "55433",
  NEXT_TELEMETRY_DISABLED: "1",
  // Lets the sign-in specs act as a trusted proxy and simulate client addresses with X-Forwarded-For.
  ISMS_TRUSTED_PROXY_HOPS: "1",
  ...(process.env.NEXT_DIST_DIR ? { NEXT_DIST_DIR: process.env.NEXT_DIST_DIR } : {}),
};
