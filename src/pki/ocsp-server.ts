/**
 * The OCSP responder over HTTP (Node only: the browser bundle imports ./ocsp.ts for the client side and
 * must not pull in node:http).
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";

export interface RunningOcspResponder {
  url: string;
  close(): Promise<void>;
}

/** Serves a responder over HTTP on 127.0.0.1 (POST the DER request; RFC 6960 Appendix A.1). */
export async function startOcspResponder(
  respond: (request: Uint8Array) => Promise<Uint8Array>,
  port = 0,
): Promise<RunningOcspResponder> {
  const server: Server = createServer((req, res) => {
    if (req.method !== "POST" || req.headers["content-type"] !== "application/ocsp-request") {
      res.writeHead(405).end();
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    req.on("data", (c: Buffer) => {
      size += c.length;
      if (size > 64 * 1024) req.destroy();
      else chunks.push(c);
    });
    req.on("end", () => {
      respond(new Uint8Array(Buffer.concat(chunks)))
        .then((body) => res.writeHead(200, { "content-type": "application/ocsp-response" }).end(body))
        .catch(() => res.writeHead(500).end());
    });
  });
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  const { port: bound } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${bound}/ocsp`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
