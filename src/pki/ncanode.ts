/**
 * A `SignatureVerifier` backed by an NCANode-compatible service (NCANode v3,
 * `POST /cms/verify`), for the GOST signatures WebCrypto cannot check. The
 * service judges the signature, the chain and revocation; the IIN, BIN, roles
 * and key usage are checked here from the subject it returns. The request and
 * response fields are our reading of the contract — see README "NCANode".
 */
import * as asn1js from "asn1js";
import { z } from "zod";
import { QyzmetError } from "../core/errors.ts";
import type { VerifiedSignature, VerifyOptions } from "./cms.ts";
import { pkijs, x509 } from "./engine.ts";
import { edsError } from "./errors.ts";
import type { KeyPurpose, NcaRole } from "./profile.ts";
import { type SignatureVerifier, verifierError } from "./verifier.ts";

export type RevocationMethod = "OCSP" | "CRL";

/** The request body of `POST /cms/verify` (our reading of NCANode v3). */
export interface NcanodeVerifyRequest {
  /** Base64 DER CMS. */
  cms: string;
  /** Base64 of the signed bytes, for a detached signature. */
  data?: string;
  /** Empty: no revocation check. */
  revocationCheck: RevocationMethod[];
}

const revocationSchema = z.object({
  revoked: z.boolean(),
  by: z.string().optional(),
  revocationTime: z.string().nullish(),
  reason: z.string().nullish(),
});

const certificateSchema = z.object({
  valid: z.boolean(),
  revocations: z.array(revocationSchema),
  notBefore: z.string(),
  notAfter: z.string(),
  /** "SIGN" | "AUTH" (anything else: unknown). */
  keyUsage: z.string(),
  serialNumber: z.string(),
  keyUser: z.array(z.string()).default([]),
  signAlg: z.string().optional(),
  subject: z.object({
    commonName: z.string().nullish(),
    iin: z.string().nullish(),
    bin: z.string().nullish(),
  }),
});

/** The 200 answer of `POST /cms/verify` (our reading of NCANode v3); unknown fields are ignored. */
export const ncanodeVerifyAnswerSchema = z.object({
  valid: z.boolean(),
  signers: z.array(z.object({ certificates: z.array(certificateSchema) })),
});

export type NcanodeVerifyAnswer = z.infer<typeof ncanodeVerifyAnswerSchema>;
export type NcanodeCertificate = z.infer<typeof certificateSchema>;

/** NCANode `keyUser` values ↔ our NCA roles (same OIDs 1.2.398.3.3.4.1.*). */
export const KEY_USER_ROLES: Readonly<Record<string, NcaRole>> = {
  INDIVIDUAL: "individual",
  ORGANIZATION: "organisation",
  CEO: "head",
  CAN_SIGN: "signer",
  EMPLOYEE: "employee",
};

export const KEY_USAGE_PURPOSE: Readonly<Record<string, KeyPurpose>> = { SIGN: "signing", AUTH: "auth" };

export interface NcanodeOptions {
  /** Base URL of the service, e.g. http://ncanode:14579 */
  url: string;
  /** Default 10 000 ms for the whole exchange (headers and body). */
  timeoutMs?: number;
  /** Used when VerifyOptions.revocation is "require" (default ["OCSP"]); "skip" sends []. */
  revocationCheck?: RevocationMethod[];
  /** Default the global fetch. */
  fetch?: typeof fetch;
}

export interface LocalFacts {
  certificate: x509.X509Certificate;
  signingTime: Date | null;
}

function toArrayBuffer(bytes: Uint8Array): ArrayBuffer {
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
}

/** The signer certificate and claimed signing time, read structurally from the CMS (works for GOST too). */
export function readLocally(signature: Uint8Array): LocalFacts {
  try {
    const asn = asn1js.fromBER(toArrayBuffer(signature));
    if (asn.offset === -1 || asn.offset !== signature.byteLength) throw new Error("not DER");
    const info = new pkijs.ContentInfo({ schema: asn.result });
    const signed = new pkijs.SignedData({ schema: info.content });
    const signer = signed.signerInfos[0];
    if (signed.signerInfos.length !== 1 || !signer) throw new Error("exactly one signer expected");
    const sid = signer.sid;
    if (!(sid instanceof pkijs.IssuerAndSerialNumber)) throw new Error("signer identified by key id");
    const match = (signed.certificates ?? []).find(
      (c): c is pkijs.Certificate =>
        c instanceof pkijs.Certificate &&
        c.issuer.isEqual(sid.issuer) &&
        c.serialNumber.isEqual(sid.serialNumber),
    );
    if (!match) throw new Error("the signer's certificate is not in the CMS");
    const time = signer.signedAttrs?.attributes.find((a) => a.type === "1.2.840.113549.1.9.5")?.values[0];
    return {
      certificate: new x509.X509Certificate(match.toSchema().toBER(false)),
      signingTime:
        time instanceof asn1js.UTCTime || time instanceof asn1js.GeneralizedTime ? time.toDate() : null,
    };
  } catch (error) {
    throw edsError("EDS_MALFORMED", { reason: error instanceof Error ? error.message : String(error) });
  }
}

function normaliseSerial(hex: string): string {
  return hex
    .toLowerCase()
    .replace(/[^0-9a-f]/g, "")
    .replace(/^0+/, "");
}

function date(value: string, field: string): Date {
  const d = new Date(value);
  if (Number.isNaN(d.getTime()))
    throw verifierError("EDS_VERIFIER_BAD_ANSWER", { reason: `${field} is not a date` });
  return d;
}

async function call(options: NcanodeOptions, body: NcanodeVerifyRequest): Promise<NcanodeVerifyAnswer> {
  const doFetch = options.fetch ?? fetch;
  const url = `${options.url.replace(/\/+$/, "")}/cms/verify`;
  let status: number;
  let text: string;
  try {
    const response = await doFetch(url, {
      method: "POST",
      headers: { "content-type": "application/json", accept: "application/json" },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(options.timeoutMs ?? 10_000),
    });
    status = response.status;
    text = await response.text();
  } catch (error) {
    throw verifierError("EDS_VERIFIER_UNAVAILABLE", {
      url,
      reason: error instanceof Error ? `${error.name}: ${error.message}` : String(error),
    });
  }
  if (status >= 500 || status === 429) throw verifierError("EDS_VERIFIER_UNAVAILABLE", { url, status });
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw verifierError("EDS_VERIFIER_BAD_ANSWER", { url, status, reason: "not JSON" });
  }
  if (status === 400) {
    const message = typeof json === "object" && json !== null && "message" in json ? json.message : undefined;
    throw edsError("EDS_MALFORMED", { service: "ncanode", message });
  }
  if (status !== 200) throw verifierError("EDS_VERIFIER_BAD_ANSWER", { url, status });
  const parsed = ncanodeVerifyAnswerSchema.safeParse(json);
  if (!parsed.success)
    throw verifierError("EDS_VERIFIER_BAD_ANSWER", { url, reason: parsed.error.issues.slice(0, 3) });
  return parsed.data;
}

/** Maps a 200 answer to our result or the EDS_* code `verifyCms` would give. */
export function mapAnswer(
  answer: NcanodeVerifyAnswer,
  local: LocalFacts,
  options: VerifyOptions,
): VerifiedSignature {
  const cert = answer.signers[0]?.certificates[0];
  if (answer.signers.length !== 1 || !cert)
    throw verifierError("EDS_VERIFIER_BAD_ANSWER", {
      reason: "expected one signer with its certificate first",
    });
  const serial = local.certificate.serialNumber.toLowerCase();
  if (normaliseSerial(cert.serialNumber) !== normaliseSerial(serial))
    throw verifierError("EDS_VERIFIER_BAD_ANSWER", {
      reason: "the answer is about another certificate",
      expected: serial,
      actual: cert.serialNumber,
    });
  const notBefore = date(cert.notBefore, "notBefore");
  const notAfter = date(cert.notAfter, "notAfter");
  const at = options.at ?? local.signingTime ?? new Date();
  const validity = { at: at.toISOString(), notBefore: notBefore.toISOString(), serial };

  const revoked = cert.revocations.find((r) => r.revoked);
  if (revoked && options.revocation !== "skip")
    throw edsError("EDS_CERT_REVOKED", {
      serial,
      reason: revoked.reason ?? "unspecified",
      revokedAt: revoked.revocationTime ?? null,
      by: revoked.by ?? null,
    });
  if (!cert.valid && !revoked) {
    if (at < notBefore) throw edsError("EDS_CERT_NOT_YET_VALID", validity);
    if (at > notAfter) throw edsError("EDS_CERT_EXPIRED", { ...validity, notAfter: notAfter.toISOString() });
    throw edsError("EDS_UNTRUSTED_CHAIN", { serial, service: "ncanode" });
  }
  if (!answer.valid) throw edsError("EDS_SIGNATURE_INVALID", { service: "ncanode" });
  // The service judged validity at its own time; `at` (or the signing time) is checked here as verifyCms does.
  if (at < notBefore) throw edsError("EDS_CERT_NOT_YET_VALID", validity);
  if (at > notAfter) throw edsError("EDS_CERT_EXPIRED", { ...validity, notAfter: notAfter.toISOString() });
  if (options.revocation !== "skip" && cert.revocations.length === 0)
    throw edsError("EDS_REVOCATION_UNKNOWN", { serial, service: "ncanode" });

  const expect = options.expect ?? {};
  const wanted = expect.keyUsage ?? "signing";
  const purpose = KEY_USAGE_PURPOSE[cert.keyUsage] ?? null;
  if (purpose !== wanted)
    throw edsError("EDS_WRONG_KEY_USAGE", { serial, expected: wanted, actual: purpose });

  const iin = cert.subject.iin ?? null;
  const bin = cert.subject.bin ?? null;
  const roles = [...new Set(cert.keyUser.map((k) => KEY_USER_ROLES[k]).filter((r): r is NcaRole => !!r))];
  if (expect.iin !== undefined && iin !== expect.iin)
    throw edsError("EDS_IIN_MISMATCH", { expected: expect.iin, actual: iin });
  if (expect.bin !== undefined && bin !== expect.bin)
    throw edsError("EDS_BIN_MISMATCH", { expected: expect.bin, actual: bin });
  if (expect.roles !== undefined && !roles.some((r) => expect.roles?.includes(r)))
    throw edsError("EDS_ROLE_NOT_ALLOWED", { allowed: expect.roles, actual: roles });

  return {
    signer: { iin, bin, commonName: cert.subject.commonName ?? "", roles, serial },
    signingTime: local.signingTime,
    certificate: local.certificate,
  };
}

/**
 * The NCANode adapter. `trustedRoots` and `crls` in VerifyOptions are not sent:
 * the service verifies against its own NCA trust store and revocation sources.
 */
export function ncanodeVerifier(options: NcanodeOptions): SignatureVerifier {
  return {
    async verify(signature, data, verifyOptions) {
      const local = readLocally(signature);
      const body: NcanodeVerifyRequest = {
        cms: Buffer.from(signature).toString("base64"),
        ...(data === undefined ? {} : { data: Buffer.from(data).toString("base64") }),
        revocationCheck: verifyOptions.revocation === "skip" ? [] : (options.revocationCheck ?? ["OCSP"]),
      };
      const answer = await call(options, body);
      try {
        return mapAnswer(answer, local, verifyOptions);
      } catch (error) {
        if (error instanceof QyzmetError) throw error;
        throw verifierError("EDS_VERIFIER_BAD_ANSWER", { reason: String(error) });
      }
    },
  };
}
