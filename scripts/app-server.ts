/**
 * The app's HTTP server: Next.js behind a plain Node server that stamps every request with the client's
 * address (lib/http/client-address.ts), so sign-in throttling and sessions never trust a header a
 * client wrote. Started by scripts/lib/serve.ts; `--dev` serves with next dev.
 */
import http from "node:http";
import next from "next";
import { env } from "@/lib/env";
import { CLIENT_ADDRESS_HEADER, resolveClientAddress } from "@/lib/http/client-address";
import { returnFreedMemoryPeriodically } from "./lib/return-freed-memory";

const dev = process.argv.includes("--dev");
const port = Number(process.argv[process.argv.indexOf("--port") + 1]);
const app = next({ dev, hostname: env.HOST, port });
const handle = app.getRequestHandler();
await app.prepare();
returnFreedMemoryPeriodically();

http
  .createServer((req, res) => {
    req.headers[CLIENT_ADDRESS_HEADER] = resolveClientAddress({
      socketAddress: req.socket.remoteAddress,
      forwardedFor: req.headers["x-forwarded-for"],
      trustedProxies: env.TRUSTED_PROXIES,
    });
    void handle(req, res);
  })
  .listen(port, env.HOST, () => console.log(`SAKIP siap di http://${env.HOST}:${port}`));
