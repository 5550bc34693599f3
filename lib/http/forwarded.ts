// Who is calling and over what: decided once, in the custom server (scripts/serve.ts), from the
// socket and only as many proxy hops as the operator says to trust. The app reads the result from
// one header the server overwrites on every request, so a client cannot choose its own address.
// No "server-only" marker: the custom server imports this outside the Next.js bundle.

/** Set by the custom server on every request; an incoming value is always replaced. */
export const CLIENT_ADDRESS_HEADER = "x-isms-client-address";

/** `ISMS_TRUSTED_PROXY_HOPS`: how many reverse proxies in front of the app append X-Forwarded-For. */
export function trustedProxyHops(value: string | undefined): number {
  const hops = Number(value ?? 0);
  if (!Number.isInteger(hops) || hops < 0) throw new Error(`ISMS_TRUSTED_PROXY_HOPS måste vara ett heltal ≥ 0, inte "${value}".`);
  return hops;
}

function headerList(value: string | string[] | undefined): string[] {
  const joined = Array.isArray(value) ? value.join(",") : (value ?? "");
  return joined.split(",").map((part) => part.trim()).filter(Boolean);
}

/**
 * The client's address: the socket's peer, or — behind `hops` trusted proxies — the address the
 * outermost trusted proxy saw, i.e. the `hops`-th entry of X-Forwarded-For counted from the right.
 * Entries further left were written by the client and are never used.
 */
export function clientAddressFrom(socketAddress: string | undefined, forwardedFor: string | string[] | undefined, hops: number): string {
  // Nearest first: the socket peer, then what each proxy appended, right to left.
  const chain = [socketAddress || "unknown", ...headerList(forwardedFor).reverse()];
  return normalizeAddress(chain[Math.min(hops, chain.length - 1)]);
}

/** IPv4 peers of a dual-stack socket arrive as `::ffff:1.2.3.4`; one spelling keeps one bucket. */
function normalizeAddress(address: string): string {
  return address.toLowerCase().replace(/^::ffff:(\d+\.\d+\.\d+\.\d+)$/, "$1");
}

/** Served over HTTPS: TLS on the socket, an https NEXTAUTH_URL, or a trusted proxy that says so. */
export function servedOverHttps(input: { encrypted: boolean; publicUrl: string | undefined; forwardedProto: string | string[] | undefined; hops: number }): boolean {
  if (input.encrypted || input.publicUrl?.startsWith("https:")) return true;
  return input.hops > 0 && headerList(input.forwardedProto).at(-1)?.toLowerCase() === "https";
}

/** Set by the custom server in its own process, where Next.js also runs. */
export const SERVER_SETS_ADDRESS_ENV = "ISMS_CLIENT_ADDRESS_FROM_SERVER";

/**
 * The address the custom server resolved. Without the custom server (`next start` run directly)
 * nobody strips the header, so it is not believed and every client is "unknown".
 */
export function requestClientAddress(headers: Headers): string {
  if (process.env[SERVER_SETS_ADDRESS_ENV] !== "1") return "unknown";
  return headers.get(CLIENT_ADDRESS_HEADER) || "unknown";
}
