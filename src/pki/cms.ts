/**
 * CMS SignedData (RFC 5652) over the exact bytes of a request or result:
 * signing with a key file's key, and verification that checks the signature,
 * the chain to a trusted root, validity at signing time, revocation, key
 * usage, and the holder's IIN, BIN and role — each failure its own code.
 */
import * as asn1js from "asn1js";
import { checkRevocation } from "./crl.ts";
import { type CryptoKey, crypto, pkijs, x509 } from "./engine.ts";
import { edsError } from "./errors.ts";
import { checkOcsp, type OcspTransport, ocspUrlOf } from "./ocsp.ts";
import {
  type CertificateSubject,
  type KeyPurpose,
  keyPurpose,
  type NcaRole,
  readSubject,
} from "./profile.ts";

const OID_DATA = "1.2.840.113549.1.7.1";
const OID_SIGNED_DATA = "1.2.840.113549.1.7.2";
const OID_CONTENT_TYPE = "1.2.840.113549.1.9.3";
const OID_MESSAGE_DIGEST = "1.2.840.113549.1.9.4";
const OID_SIGNING_TIME = "1.2.840.113549.1.9.5";

export interface SignOptions {
  /** Default true: the data are not embedded (the request travels beside its signature). */
  detached?: boolean;
  /** Default now. */
  signingTime?: Date;
  /** Further certificates to embed after the signer's (its chain). */
  chain?: readonly x509.X509Certificate[];
}

function toArrayBuffer(bytes: Uint8Array): ArrayBuffer {
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.byteLength === b.byteLength && a.every((x, i) => x === b[i]);
}

function toPkijs(certificate: x509.X509Certificate): pkijs.Certificate {
  return pkijs.Certificate.fromBER(certificate.rawData);
}

/** DER of a ContentInfo holding SignedData with one signer (sha256WithRSAEncryption). */
export async function signCms(
  data: Uint8Array,
  privateKey: CryptoKey,
  certificate: x509.X509Certificate,
  options: SignOptions = {},
): Promise<Uint8Array> {
  const detached = options.detached ?? true;
  const signer = toPkijs(certificate);
  const digest = await crypto.subtle.digest("SHA-256", data);
  const signerInfo = new pkijs.SignerInfo({
    version: 1,
    sid: new pkijs.IssuerAndSerialNumber({ issuer: signer.issuer, serialNumber: signer.serialNumber }),
  });
  signerInfo.signedAttrs = new pkijs.SignedAndUnsignedAttributes({
    type: 0,
    attributes: [
      new pkijs.Attribute({
        type: OID_CONTENT_TYPE,
        values: [new asn1js.ObjectIdentifier({ value: OID_DATA })],
      }),
      new pkijs.Attribute({
        type: OID_SIGNING_TIME,
        values: [new asn1js.UTCTime({ valueDate: options.signingTime ?? new Date() })],
      }),
      new pkijs.Attribute({
        type: OID_MESSAGE_DIGEST,
        values: [new asn1js.OctetString({ valueHex: digest })],
      }),
    ],
  });
  const signed = new pkijs.SignedData({
    version: 1,
    encapContentInfo: new pkijs.EncapsulatedContentInfo({
      eContentType: OID_DATA,
      ...(detached ? {} : { eContent: new asn1js.OctetString({ valueHex: toArrayBuffer(data) }) }),
    }),
    signerInfos: [signerInfo],
    certificates: [signer, ...(options.chain ?? []).map(toPkijs)],
  });
  await signed.sign(
    privateKey as unknown as Parameters<typeof signed.sign>[0],
    0,
    "SHA-256",
    toArrayBuffer(data),
  );
  const content = new pkijs.ContentInfo({ contentType: OID_SIGNED_DATA, content: signed.toSchema(true) });
  return new Uint8Array(content.toSchema().toBER(false));
}

export interface VerifyExpectations {
  /** The IIN the signer must have (the signed-in applicant, the staff member). */
  iin?: string;
  /** The organisation's BIN the signer must act for. */
  bin?: string;
  /** The signer must hold at least one of these roles (e.g. ["head", "signer"] for results). */
  roles?: readonly NcaRole[];
  /** Default "signing": an authentication key may not sign. */
  keyUsage?: KeyPurpose;
}

export interface VerifyOptions {
  trustedRoots: readonly x509.X509Certificate[];
  crls: readonly x509.X509Crl[];
  /** Check validity at this time instead of the signing time the signer claims. */
  at?: Date;
  /** Default "require": no CRL from the issuer is EDS_REVOCATION_UNKNOWN; "skip" omits the check. */
  revocation?: "require" | "skip";
  /**
   * Asks the signer certificate's OCSP responder (its Authority Information Access URL) instead of the
   * CRLs; a certificate without an OCSP URL, or no transport here, falls back to the CRLs (ocsp.ts).
   */
  ocsp?: OcspTransport;
  expect?: VerifyExpectations;
}

export interface VerifiedSignature {
  signer: { iin: string | null; bin: string | null; commonName: string; roles: NcaRole[]; serial: string };
  signingTime: Date | null;
  certificate: x509.X509Certificate;
}

interface ParsedCms {
  signed: pkijs.SignedData;
  signer: x509.X509Certificate;
  others: x509.X509Certificate[];
  signingTime: Date | null;
}

function parseCms(signature: Uint8Array): ParsedCms {
  try {
    const asn = asn1js.fromBER(toArrayBuffer(signature));
    if (asn.offset === -1 || asn.offset !== signature.byteLength) throw new Error("not DER");
    const info = new pkijs.ContentInfo({ schema: asn.result });
    if (info.contentType !== OID_SIGNED_DATA) throw new Error(`content type ${info.contentType}`);
    const signed = new pkijs.SignedData({ schema: info.content });
    const signerInfo = signed.signerInfos[0];
    if (signed.signerInfos.length !== 1 || !signerInfo) throw new Error("exactly one signer expected");
    const certs = (signed.certificates ?? []).filter(
      (c): c is pkijs.Certificate => c instanceof pkijs.Certificate,
    );
    const sid = signerInfo.sid;
    if (!(sid instanceof pkijs.IssuerAndSerialNumber)) throw new Error("signer identified by key id");
    const match = certs.find((c) => c.issuer.isEqual(sid.issuer) && c.serialNumber.isEqual(sid.serialNumber));
    if (!match) throw new Error("the signer's certificate is not in the CMS");
    const all = certs.map((c) => new x509.X509Certificate(c.toSchema().toBER(false)));
    const signer = new x509.X509Certificate(match.toSchema().toBER(false));
    const time = signerInfo.signedAttrs?.attributes.find((a) => a.type === OID_SIGNING_TIME)?.values[0];
    const signingTime =
      time instanceof asn1js.UTCTime || time instanceof asn1js.GeneralizedTime ? time.toDate() : null;
    return { signed, signer, others: all.filter((c) => c.serialNumber !== signer.serialNumber), signingTime };
  } catch (error) {
    throw edsError("EDS_MALFORMED", { reason: error instanceof Error ? error.message : String(error) });
  }
}

async function checkSignature(parsed: ParsedCms, data: Uint8Array | undefined): Promise<void> {
  const embedded = parsed.signed.encapContentInfo.eContent;
  if (!embedded && data === undefined)
    throw edsError("EDS_MALFORMED", { reason: "detached signature without data" });
  try {
    const ok = await parsed.signed.verify({
      signer: 0,
      checkChain: false,
      ...(embedded || data === undefined ? {} : { data: toArrayBuffer(data) }),
    });
    if (!ok) throw edsError("EDS_SIGNATURE_INVALID");
  } catch (error) {
    if (error instanceof Error && "code" in error && error.code === "EDS_SIGNATURE_INVALID") throw error;
    throw edsError("EDS_SIGNATURE_INVALID", {
      reason: error instanceof Error ? error.message : String(error),
    });
  }
  if (embedded && data !== undefined) {
    const inside = new Uint8Array(embedded.getValue());
    if (!sameBytes(inside, data))
      throw edsError("EDS_SIGNATURE_INVALID", { reason: "the embedded content is not the data" });
  }
}

/** Walks issuer links up to a trusted root; returns the signer's direct issuer. */
async function buildChain(
  signer: x509.X509Certificate,
  intermediates: readonly x509.X509Certificate[],
  roots: readonly x509.X509Certificate[],
): Promise<x509.X509Certificate> {
  let current = signer;
  let directIssuer: x509.X509Certificate | null = null;
  for (let depth = 0; depth < 6; depth++) {
    const root = await findIssuer(current, roots);
    if (root) return directIssuer ?? root;
    const next = await findIssuer(current, intermediates);
    if (!next || next === current) break;
    const bc = next.getExtension(x509.BasicConstraintsExtension);
    if (!bc?.ca) break;
    directIssuer ??= next;
    current = next;
  }
  throw edsError("EDS_UNTRUSTED_CHAIN", { issuer: signer.issuer, serial: signer.serialNumber.toLowerCase() });
}

async function findIssuer(
  cert: x509.X509Certificate,
  candidates: readonly x509.X509Certificate[],
): Promise<x509.X509Certificate | null> {
  for (const c of candidates) {
    if (c.subject !== cert.issuer) continue;
    if (await cert.verify({ publicKey: c, signatureOnly: true })) return c;
  }
  return null;
}

/**
 * Verifies a CMS signature over `data` (pass it for detached signatures; for an
 * attached one it must equal the embedded content when given). Throws a
 * QyzmetError with an EDS_* code on the first failed check.
 */
export async function verifyCms(
  signature: Uint8Array,
  data: Uint8Array | undefined,
  options: VerifyOptions,
): Promise<VerifiedSignature> {
  const parsed = parseCms(signature);
  await checkSignature(parsed, data);
  const { signer } = parsed;
  const serial = signer.serialNumber.toLowerCase();
  const issuer = await buildChain(signer, parsed.others, options.trustedRoots);

  const at = options.at ?? parsed.signingTime ?? new Date();
  const validity = { at: at.toISOString(), notBefore: signer.notBefore.toISOString(), serial };
  if (at < signer.notBefore) throw edsError("EDS_CERT_NOT_YET_VALID", validity);
  if (at > signer.notAfter)
    throw edsError("EDS_CERT_EXPIRED", { ...validity, notAfter: signer.notAfter.toISOString() });

  const ocspUrl = options.revocation !== "skip" && options.ocsp ? ocspUrlOf(signer) : null;
  if (ocspUrl && options.ocsp) {
    const status = await checkOcsp(signer, issuer, ocspUrl, options.ocsp, options.at ?? new Date());
    if (status.revoked)
      throw edsError("EDS_CERT_REVOKED", {
        serial,
        reason: status.revoked.reason,
        revokedAt: status.revoked.date.toISOString(),
        via: "ocsp",
      });
    if (status.status === "unknown")
      throw edsError("EDS_REVOCATION_UNKNOWN", { serial, via: "ocsp", url: ocspUrl });
  } else if (options.revocation !== "skip") {
    const status = await checkRevocation(signer, issuer, options.crls);
    if (status.revoked)
      throw edsError("EDS_CERT_REVOKED", {
        serial,
        reason: status.revoked.reason,
        revokedAt: status.revoked.date.toISOString(),
      });
    if (!status.checked) throw edsError("EDS_REVOCATION_UNKNOWN", { serial, issuer: signer.issuer });
  }

  const expect = options.expect ?? {};
  const wanted = expect.keyUsage ?? "signing";
  const purpose = keyPurpose(signer);
  if (purpose !== wanted)
    throw edsError("EDS_WRONG_KEY_USAGE", { serial, expected: wanted, actual: purpose });

  const subject: CertificateSubject = readSubject(signer);
  if (expect.iin !== undefined && subject.iin !== expect.iin)
    throw edsError("EDS_IIN_MISMATCH", { expected: expect.iin, actual: subject.iin });
  if (expect.bin !== undefined && subject.bin !== expect.bin)
    throw edsError("EDS_BIN_MISMATCH", { expected: expect.bin, actual: subject.bin });
  if (expect.roles !== undefined && !subject.roles.some((r) => expect.roles?.includes(r)))
    throw edsError("EDS_ROLE_NOT_ALLOWED", { allowed: expect.roles, actual: subject.roles });

  return {
    signer: {
      iin: subject.iin,
      bin: subject.bin,
      commonName: subject.commonName,
      roles: subject.roles,
      serial: subject.serial,
    },
    signingTime: parsed.signingTime,
    certificate: signer,
  };
}
