/**
 * A local stand-in for an NCANode-compatible service, for tests and the demo:
 * a node:http server answering `POST /cms/verify` in our reading of the
 * NCANode v3 contract (README "NCANode"). It verifies with our own `verifyCms`
 * underneath (so RSA test signatures work through it) against the roots and
 * CRLs it is given, and can be told to misbehave to exercise the adapter.
 */
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { QyzmetError } from "../core/errors.ts";
import { verifyCms } from "./cms.ts";
import { checkRevocation } from "./crl.ts";
import type { x509 } from "./engine.ts";
import { KEY_USER_ROLES, type NcanodeVerifyAnswer, type RevocationMethod, readLocally } from "./ncanode.ts";
import { keyPurpose, readSubject } from "./profile.ts";

/**
 * ok: answer honestly; unavailable: 503; slow: answer after `slowMs`;
 * garbage: 200 with a non-JSON body; wrong-shape: 200 with JSON that is not the contract.
 */
export type NcanodeStubMode = "ok" | "unavailable" | "slow" | "garbage" | "wrong-shape";

export interface NcanodeStubOptions {
  trustedRoots: readonly x509.X509Certificate[];
  crls: readonly x509.X509Crl[];
  mode?: NcanodeStubMode;
  /** Default 2 000 ms. */
  slowMs?: number;
  /** Default 0 (a free port on 127.0.0.1). */
  port?: number;
}

export interface NcanodeStub {
  url: string;
  /** Mutable: replace roots or CRLs (e.g. after a revocation) between calls. */
  config: { trustedRoots: readonly x509.X509Certificate[]; crls: readonly x509.X509Crl[] };
  mode: NcanodeStubMode;
  /** Every `POST /cms/verify` body received, parsed. */
  requests: unknown[];
  close(): Promise<void>;
}

const ROLE_KEY_USER = Object.fromEntries(Object.entries(KEY_USER_ROLES).map(([k, v]) => [v, k]));
const CERT_FAILURES = new Set(["EDS_UNTRUSTED_CHAIN", "EDS_CERT_EXPIRED", "EDS_CERT_NOT_YET_VALID"]);

function isMethod(value: unknown): value is RevocationMethod {
  return value === "OCSP" || value === "CRL";
}

class BadRequest extends Error {}

async function answer(stub: NcanodeStub, body: unknown): Promise<NcanodeVerifyAnswer> {
  if (typeof body !== "object" || body === null || !("cms" in body) || typeof body.cms !== "string")
    throw new BadRequest("cms (base64) is required");
  const cms = new Uint8Array(Buffer.from(body.cms, "base64"));
  const data =
    "data" in body && typeof body.data === "string"
      ? new Uint8Array(Buffer.from(body.data, "base64"))
      : undefined;
  const methods =
    "revocationCheck" in body && Array.isArray(body.revocationCheck)
      ? body.revocationCheck.filter(isMethod)
      : [];
  let certificate: x509.X509Certificate;
  try {
    certificate = readLocally(cms).certificate;
  } catch {
    throw new BadRequest("cms is not a CMS SignedData with its signer's certificate");
  }
  const { trustedRoots, crls } = stub.config;

  // Signature, chain and validity by verifyCms (revocation and key usage are reported, not judged).
  let failure: string | null = null;
  try {
    await verifyCms(cms, data, {
      trustedRoots,
      crls,
      revocation: "skip",
      expect: { keyUsage: keyPurpose(certificate) ?? "signing" },
    });
  } catch (error) {
    if (!(error instanceof QyzmetError)) throw error;
    if (error.code === "EDS_MALFORMED") throw new BadRequest(error.message);
    failure = error.code;
  }

  const revocations: NcanodeVerifyAnswer["signers"][number]["certificates"][number]["revocations"] = [];
  const issuer = trustedRoots.find((r) => r.subject === certificate.issuer);
  if (issuer && methods.length > 0) {
    const status = await checkRevocation(certificate, issuer, crls);
    if (status.checked)
      for (const by of methods)
        revocations.push({
          revoked: status.revoked !== null,
          by,
          revocationTime: status.revoked?.date.toISOString() ?? null,
          reason: status.revoked?.reason ?? null,
        });
  }
  const revoked = revocations.some((r) => r.revoked);
  const certValid = !(failure !== null && CERT_FAILURES.has(failure)) && !revoked;
  const subject = readSubject(certificate);
  const purpose = keyPurpose(certificate);
  return {
    valid: failure === null && !revoked,
    signers: [
      {
        certificates: [
          {
            valid: certValid,
            revocations,
            notBefore: certificate.notBefore.toISOString(),
            notAfter: certificate.notAfter.toISOString(),
            keyUsage: purpose === "signing" ? "SIGN" : purpose === "auth" ? "AUTH" : "UNKNOWN",
            serialNumber: certificate.serialNumber.toLowerCase(),
            keyUser: subject.roles.map((r) => ROLE_KEY_USER[r] ?? r.toUpperCase()),
            signAlg: "SHA256withRSA",
            subject: { commonName: subject.commonName, iin: subject.iin, bin: subject.bin },
          },
        ],
      },
    ],
  };
}

function send(res: ServerResponse, status: number, body: string, type = "application/json"): void {
  res.writeHead(status, { "content-type": type });
  res.end(body);
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

export async function startNcanodeStub(options: NcanodeStubOptions): Promise<NcanodeStub> {
  const timers = new Set<NodeJS.Timeout>();
  const server = createServer((req, res) => {
    void handle(req, res).catch((error: unknown) => {
      if (!res.headersSent) send(res, 500, JSON.stringify({ status: 500, message: String(error) }));
    });
  });
  const stub: NcanodeStub = {
    url: "",
    config: { trustedRoots: options.trustedRoots, crls: options.crls },
    mode: options.mode ?? "ok",
    requests: [],
    close: () =>
      new Promise<void>((resolve, reject) => {
        for (const t of timers) clearTimeout(t);
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (req.method !== "POST" || req.url !== "/cms/verify")
      return send(res, 404, JSON.stringify({ status: 404, message: "not found" }));
    const text = await readBody(req);
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      return send(res, 400, JSON.stringify({ status: 400, message: "body is not JSON" }));
    }
    stub.requests.push(body);
    switch (stub.mode) {
      case "unavailable":
        return send(res, 503, JSON.stringify({ status: 503, message: "service unavailable" }));
      case "garbage":
        return send(res, 200, "<html>proxy error</html>", "text/html");
      case "wrong-shape":
        return send(res, 200, JSON.stringify({ status: 200, result: "OK" }));
      case "slow":
        await new Promise<void>((resolve) => {
          const t = setTimeout(() => {
            timers.delete(t);
            resolve();
          }, options.slowMs ?? 2_000);
          timers.add(t);
        });
        break;
      case "ok":
        break;
    }
    try {
      send(res, 200, JSON.stringify(await answer(stub, body)));
    } catch (error) {
      if (error instanceof BadRequest)
        return send(res, 400, JSON.stringify({ status: 400, message: error.message }));
      throw error;
    }
  }

  await new Promise<void>((resolve) => server.listen(options.port ?? 0, "127.0.0.1", resolve));
  stub.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return stub;
}
