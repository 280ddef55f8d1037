/**
 * OCSP (RFC 6960) for the test CA: a responder that answers from the CA's revocations, signed by the CA
 * itself (RFC 6960 §4.2.2.2: the issuing CA may sign its own responses), and a client check.
 *
 *  - `ocspUrlOf(cert)`: the OCSP URL of the certificate's Authority Information Access, if any;
 *  - `ocspRequest(cert, issuer)`: a DER OCSPRequest (SHA-1 CertID as RFC 5019 profiles it, with a nonce);
 *  - `ocspResponder(ca, revocations, options)`: request bytes → response bytes (good / revoked with date and
 *    reason / unknown for another CA's certificates); `startOcspResponder` (./ocsp-server.ts) serves it over HTTP (POST,
 *    `application/ocsp-request` → `application/ocsp-response`, RFC 6960 Appendix A);
 *  - `checkOcsp(cert, issuer, transport, at)`: sends the request and verifies the answer with pkijs's
 *    `BasicOCSPResponse.verify` (signature, the responder authorised for the issuer), the CertID, the
 *    nonce, and thisUpdate ≤ at ≤ nextUpdate. Every failure to obtain a trustworthy answer is
 *    `EDS_OCSP_FAILED` with the reason in `details`.
 */
import * as asn1js from "asn1js";
import type { CertificationAuthority } from "./ca.ts";
import { isRevocationReason, REVOCATION_REASONS, type Revocation, type RevocationReason } from "./crl.ts";
import { crypto, pkijs, x509 } from "./engine.ts";
import { edsError } from "./errors.ts";

const OID_OCSP_BASIC = "1.3.6.1.5.5.7.48.1.1";
const OID_OCSP_NONCE = "1.3.6.1.5.5.7.48.1.2";

const toArrayBuffer = (bytes: Uint8Array): ArrayBuffer =>
  bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
const pk = (c: x509.X509Certificate): pkijs.Certificate => pkijs.Certificate.fromBER(c.rawData);

/** The first OCSP URL in the certificate's Authority Information Access, or null. */
export function ocspUrlOf(certificate: x509.X509Certificate): string | null {
  const aia = certificate.getExtension(x509.AuthorityInfoAccessExtension);
  const url = aia?.ocsp.find((g) => g.type === "url");
  return url ? url.value : null;
}

/** A DER OCSPRequest for one certificate, with a random nonce (returned too). */
export async function ocspRequest(
  certificate: x509.X509Certificate,
  issuer: x509.X509Certificate,
): Promise<{ der: Uint8Array; nonce: Uint8Array }> {
  const request = new pkijs.OCSPRequest();
  await request.createForCertificate(pk(certificate), {
    hashAlgorithm: "SHA-1",
    issuerCertificate: pk(issuer),
  });
  const nonce = crypto.getRandomValues(new Uint8Array(16));
  request.tbsRequest.requestExtensions = [
    new pkijs.Extension({
      extnID: OID_OCSP_NONCE,
      extnValue: new asn1js.OctetString({ valueHex: toArrayBuffer(nonce) }).toBER(false),
    }),
  ];
  return { der: new Uint8Array(request.toSchema(true).toBER(false)), nonce };
}

export interface OcspResponderOptions {
  /** The clock (default now). */
  now?: () => Date;
  /** How long an answer may be relied on (nextUpdate − thisUpdate), default 1 hour. */
  validityMs?: number;
}

function responseOf(status: number, basic?: pkijs.BasicOCSPResponse): Uint8Array {
  const response = new pkijs.OCSPResponse({
    responseStatus: new asn1js.Enumerated({ value: status }),
    ...(basic
      ? {
          responseBytes: new pkijs.ResponseBytes({
            responseType: OID_OCSP_BASIC,
            response: new asn1js.OctetString({ valueHex: basic.toSchema().toBER(false) }),
          }),
        }
      : {}),
  });
  return new Uint8Array(response.toSchema().toBER(false));
}

const sameBytes = (a: ArrayBuffer | Uint8Array, b: ArrayBuffer | Uint8Array): boolean =>
  Buffer.from(a instanceof Uint8Array ? a : new Uint8Array(a)).equals(
    Buffer.from(b instanceof Uint8Array ? b : new Uint8Array(b)),
  );

/**
 * The CA's responder: OCSPRequest bytes → OCSPResponse bytes. A request that does not parse answers
 * malformedRequest (1); each CertID of another issuer answers unknown.
 */
export function ocspResponder(
  ca: CertificationAuthority,
  revocations: () => readonly Revocation[] | Promise<readonly Revocation[]>,
  options: OcspResponderOptions = {},
): (request: Uint8Array) => Promise<Uint8Array> {
  const now = options.now ?? (() => new Date());
  const validity = options.validityMs ?? 3_600_000;
  const caCert = pk(ca.certificate);
  return async (bytes) => {
    let request: pkijs.OCSPRequest;
    try {
      request = pkijs.OCSPRequest.fromBER(toArrayBuffer(bytes));
    } catch {
      return responseOf(1);
    }
    const at = now();
    const list = await revocations();
    const nameHash = new Uint8Array(
      await crypto.subtle.digest("SHA-1", caCert.subject.toSchema().toBER(false)),
    );
    const keyHash = new Uint8Array(
      await crypto.subtle.digest(
        "SHA-1",
        caCert.subjectPublicKeyInfo.subjectPublicKey.valueBlock.valueHexView,
      ),
    );
    const basic = new pkijs.BasicOCSPResponse();
    basic.tbsResponseData.responderID = caCert.subject;
    basic.tbsResponseData.producedAt = at;
    for (const single of request.tbsRequest.requestList) {
      const id = single.reqCert;
      const ours =
        id.hashAlgorithm.algorithmId === "1.3.14.3.2.26" &&
        sameBytes(id.issuerNameHash.valueBlock.valueHexView, nameHash) &&
        sameBytes(id.issuerKeyHash.valueBlock.valueHexView, keyHash);
      const serial = Buffer.from(id.serialNumber.valueBlock.valueHexView).toString("hex").replace(/^00/, "");
      const revoked = ours
        ? list.find((r) => r.serial.replace(/^0+/, "") === serial.replace(/^0+/, ""))
        : undefined;
      const certStatus = !ours
        ? new asn1js.Primitive({ idBlock: { tagClass: 3, tagNumber: 2 } })
        : revoked
          ? new asn1js.Constructed({
              idBlock: { tagClass: 3, tagNumber: 1 },
              value: [
                new asn1js.GeneralizedTime({ valueDate: new Date(revoked.date) }),
                new asn1js.Constructed({
                  idBlock: { tagClass: 3, tagNumber: 0 },
                  value: [new asn1js.Enumerated({ value: x509.X509CrlReason[revoked.reason] })],
                }),
              ],
            })
          : new asn1js.Primitive({ idBlock: { tagClass: 3, tagNumber: 0 } });
      basic.tbsResponseData.responses.push(
        new pkijs.SingleResponse({
          certID: id,
          certStatus,
          thisUpdate: at,
          nextUpdate: new Date(at.getTime() + validity),
        }),
      );
    }
    const nonce = request.tbsRequest.requestExtensions?.find((e) => e.extnID === OID_OCSP_NONCE);
    if (nonce) basic.tbsResponseData.responseExtensions = [nonce];
    // The responder's certificate travels with the answer (RFC 6960 §4.2.1 certs), here the CA's own.
    basic.certs = [caCert];
    await basic.sign(ca.privateKey as unknown as Parameters<typeof basic.sign>[0], "SHA-256");
    return responseOf(0, basic);
  };
}

/** How a request reaches a responder: the URL and the DER request → the DER response. */
export type OcspTransport = (url: string, request: Uint8Array) => Promise<Uint8Array>;

/** HTTP POST with a timeout (default 5 s). */
export function httpOcsp(timeoutMs = 5000): OcspTransport {
  return async (url, request) => {
    const res = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/ocsp-request" },
      body: Buffer.from(request),
      signal: AbortSignal.timeout(timeoutMs),
    });
    if (!res.ok) throw new Error(`HTTP ${res.status}`);
    return new Uint8Array(await res.arrayBuffer());
  };
}

export interface OcspStatus {
  status: "good" | "revoked" | "unknown";
  revoked: { date: Date; reason: RevocationReason } | null;
  thisUpdate: Date;
}

const failed = (url: string, reason: string) => edsError("EDS_OCSP_FAILED", { url, reason });

/** Asks the certificate's OCSP responder at `url` and verifies the answer (see the file's comment). */
export async function checkOcsp(
  certificate: x509.X509Certificate,
  issuer: x509.X509Certificate,
  url: string,
  transport: OcspTransport,
  at: Date,
): Promise<OcspStatus> {
  const { der, nonce } = await ocspRequest(certificate, issuer);
  let bytes: Uint8Array;
  try {
    bytes = await transport(url, der);
  } catch (error) {
    throw failed(url, `unreachable: ${error instanceof Error ? error.message : String(error)}`);
  }
  let basic: pkijs.BasicOCSPResponse;
  try {
    const response = pkijs.OCSPResponse.fromBER(toArrayBuffer(bytes));
    const status = response.responseStatus.valueBlock.valueDec;
    if (status !== 0) throw new Error(`responseStatus ${status}`);
    if (!response.responseBytes || response.responseBytes.responseType !== OID_OCSP_BASIC)
      throw new Error("not a basic OCSP response");
    basic = pkijs.BasicOCSPResponse.fromBER(response.responseBytes.response.valueBlock.valueHexView);
  } catch (error) {
    throw failed(url, `malformed: ${error instanceof Error ? error.message : String(error)}`);
  }
  const issuerPk = pk(issuer);
  let verified = false;
  try {
    verified = await basic.verify({ trustedCerts: [issuerPk], issuerCerts: [issuerPk] });
  } catch (error) {
    throw failed(url, `responder not authorised: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (!verified) throw failed(url, "the response's signature does not verify");
  const echoed = basic.tbsResponseData.responseExtensions?.find((e) => e.extnID === OID_OCSP_NONCE);
  const echoedValue = echoed ? asn1js.fromBER(echoed.extnValue.valueBlock.valueHexView).result : null;
  if (!(echoedValue instanceof asn1js.OctetString) || !sameBytes(echoedValue.valueBlock.valueHexView, nonce))
    throw failed(url, "the nonce is not ours (a replayed response?)");
  const certPk = pk(certificate);
  const single = await findSingle(basic, certPk, issuerPk);
  if (!single) throw failed(url, "no answer for this certificate");
  if (single.thisUpdate.getTime() > at.getTime() + 5 * 60_000) throw failed(url, "thisUpdate in the future");
  if (single.nextUpdate && single.nextUpdate < at)
    throw failed(url, "the answer is stale (nextUpdate passed)");
  const s = single.certStatus as asn1js.BaseBlock;
  const tag = s.idBlock.tagNumber;
  if (tag === 0) return { status: "good", revoked: null, thisUpdate: single.thisUpdate };
  if (tag === 2) return { status: "unknown", revoked: null, thisUpdate: single.thisUpdate };
  const info = s as asn1js.Constructed;
  const [time, reasonWrap] = info.valueBlock.value;
  const date = time instanceof asn1js.GeneralizedTime ? time.toDate() : at;
  const code =
    reasonWrap instanceof asn1js.Constructed && reasonWrap.valueBlock.value[0] instanceof asn1js.Enumerated
      ? reasonWrap.valueBlock.value[0].valueBlock.valueDec
      : undefined;
  const name = code === undefined ? undefined : x509.X509CrlReason[code];
  const reason: RevocationReason =
    name !== undefined && isRevocationReason(name) ? name : REVOCATION_REASONS[0];
  return { status: "revoked", revoked: { date, reason }, thisUpdate: single.thisUpdate };
}

async function findSingle(
  basic: pkijs.BasicOCSPResponse,
  certificate: pkijs.Certificate,
  issuer: pkijs.Certificate,
): Promise<pkijs.SingleResponse | null> {
  for (const single of basic.tbsResponseData.responses)
    if (
      await single.certID.isEqual(
        await pkijs.CertID.create(certificate, { hashAlgorithm: "SHA-1", issuerCertificate: issuer }),
      )
    )
      return single;
  return null;
}
