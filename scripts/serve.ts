// The HTTP server Next.js runs in (started by scripts/start.ts). Route handlers cannot see the
// socket, so this is where the client's address is decided and handed on in one header the client
// cannot set, and where HSTS is added when the app is reached over HTTPS.
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { TLSSocket } from "node:tls";
import next from "next";
import { CLIENT_ADDRESS_HEADER, clientAddressFrom, SERVER_SETS_ADDRESS_ENV, servedOverHttps, trustedProxyHops } from "../lib/http/forwarded";
import { logger } from "../lib/logger";

const dev = process.argv.includes("--dev");
const port = Number(process.env.PORT ?? 3000);
const hops = trustedProxyHops(process.env.ISMS_TRUSTED_PROXY_HOPS);

function prepare(req: IncomingMessage, res: ServerResponse): void {
  req.headers[CLIENT_ADDRESS_HEADER] = clientAddressFrom(req.socket.remoteAddress, req.headers["x-forwarded-for"], hops);
  const https = servedOverHttps({
    encrypted: (req.socket as Partial<TLSSocket>).encrypted === true,
    publicUrl: process.env.NEXTAUTH_URL,
    forwardedProto: req.headers["x-forwarded-proto"],
    hops,
  });
  if (https) res.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
}

async function main() {
  // Tells the app (same process) that every request passed prepare(), so the header is ours.
  process.env[SERVER_SETS_ADDRESS_ENV] = "1";
  const app = next({ dev, port });
  const handle = app.getRequestHandler();
  await app.prepare();
  const server = createServer((req, res) => {
    prepare(req, res);
    handle(req, res).catch((error: unknown) => {
      logger.error("server: unhandled request error", error);
      if (!res.headersSent) res.statusCode = 500;
      res.end();
    });
  });
  server.listen(port);
  const stop = () => {
    server.close(() => process.exit(0));
    server.closeAllConnections();
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}

main().catch((error: unknown) => {
  logger.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
