/**
 * The `SignatureVerifier` port: one way to verify a CMS signature, whatever
 * the algorithm. RSA and ECDSA verify locally (`localVerifier`, i.e.
 * `verifyCms`); GOST signatures go to a remote service (`ncanode.ts`).
 * `routingVerifier` picks one by the signer's algorithm OID.
 */
import * as asn1js from "asn1js";
import { type Messages, QyzmetError } from "../core/errors.ts";
import { type VerifiedSignature, type VerifyOptions, verifyCms } from "./cms.ts";
import { pkijs } from "./engine.ts";

export interface SignatureVerifier {
  /**
   * Same contract as `verifyCms`: resolves with the signer's facts or throws a
   * QyzmetError with an EDS_* code. A remote verifier may also throw
   * EDS_VERIFIER_UNAVAILABLE or EDS_VERIFIER_BAD_ANSWER (503).
   */
  verify(
    signature: Uint8Array,
    data: Uint8Array | undefined,
    options: VerifyOptions,
  ): Promise<VerifiedSignature>;
}

export type VerifierErrorCode = "EDS_VERIFIER_UNAVAILABLE" | "EDS_VERIFIER_BAD_ANSWER";

const VERIFIER_MESSAGES: Readonly<Record<VerifierErrorCode, Messages>> = {
  EDS_VERIFIER_UNAVAILABLE: {
    kk: "ЭЦҚ тексеру қызметі қолжетімсіз, кейінірек қайталаңыз",
    ru: "Сервис проверки ЭЦП недоступен, повторите позже",
    en: "The EDS verification service is unavailable, try again later",
  },
  EDS_VERIFIER_BAD_ANSWER: {
    kk: "ЭЦҚ тексеру қызметі түсініксіз жауап қайтарды",
    ru: "Сервис проверки ЭЦП вернул некорректный ответ",
    en: "The EDS verification service gave a malformed answer",
  },
};

/** 503 for both: the signature was not judged, the caller may retry (ErrorStatus has no 502). */
export function verifierError(code: VerifierErrorCode, details: Record<string, unknown> = {}): QyzmetError {
  return new QyzmetError(code, VERIFIER_MESSAGES[code], details, 503);
}

/** RSA (PKCS#1 v1.5) and ECDSA through WebCrypto: `verifyCms` behind the port. */
export const localVerifier: SignatureVerifier = {
  verify: (signature, data, options) => verifyCms(signature, data, options),
};

/**
 * GOST algorithm OID arcs (an OID equal to one of these or below it is GOST).
 * See README "GOST OIDs" for which are certain.
 */
export const GOST_OID_ARCS: readonly string[] = [
  // Kazakhstan, GOST 34.310-2004 (older KZ GOST): key 1.2.398.3.10.1.1.1.1, with GOST 34.311-95 .1.1.1.2
  "1.2.398.3.10.1.1.1",
  // Kazakhstan, GOST R 34.10-2015 with GOST R 34.11-2015: .3.1 (256-bit), .3.2 (512-bit)
  "1.2.398.3.10.1.1.2.3",
  // TC 26 GOST R 34.10-2012 public keys: 1.2.643.7.1.1.1.1 (256), .1.1.1.2 (512)
  "1.2.643.7.1.1.1",
  // TC 26 signwithdigest GOST R 34.10-2012 + 34.11-2012: 1.2.643.7.1.1.3.2 (256), .3.3 (512)
  "1.2.643.7.1.1.3",
  // CryptoPro GOST R 34.10-2001 key and GOST R 34.11-94 with 34.10-2001 (RFC 4357)
  "1.2.643.2.2.19",
  "1.2.643.2.2.3",
];

export function isGostOid(oid: string): boolean {
  return GOST_OID_ARCS.some((arc) => oid === arc || oid.startsWith(`${arc}.`));
}

export interface SignerAlgorithms {
  /** SignerInfo.signatureAlgorithm. */
  signature: string;
  /** SignerInfo.digestAlgorithm. */
  digest: string;
  /** The signer certificate's subjectPublicKeyInfo algorithm, when the certificate is in the CMS. */
  publicKey: string | null;
}

function toArrayBuffer(bytes: Uint8Array): ArrayBuffer {
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
}

/** The first signer's algorithm OIDs, read structurally (no crypto); null when the bytes are not a CMS SignedData. */
export function signerAlgorithms(signature: Uint8Array): SignerAlgorithms | null {
  try {
    const asn = asn1js.fromBER(toArrayBuffer(signature));
    if (asn.offset === -1) return null;
    const info = new pkijs.ContentInfo({ schema: asn.result });
    const signed = new pkijs.SignedData({ schema: info.content });
    const signer = signed.signerInfos[0];
    if (!signer) return null;
    const sid = signer.sid;
    const cert =
      sid instanceof pkijs.IssuerAndSerialNumber
        ? (signed.certificates ?? []).find(
            (c): c is pkijs.Certificate =>
              c instanceof pkijs.Certificate &&
              c.issuer.isEqual(sid.issuer) &&
              c.serialNumber.isEqual(sid.serialNumber),
          )
        : undefined;
    return {
      signature: signer.signatureAlgorithm.algorithmId,
      digest: signer.digestAlgorithm.algorithmId,
      publicKey: cert?.subjectPublicKeyInfo.algorithm.algorithmId ?? null,
    };
  } catch {
    return null;
  }
}

/** "gost" when the signer's signature or key algorithm is a GOST OID, else "local" (also for bytes that do not parse). */
export function classifySignature(signature: Uint8Array): "gost" | "local" {
  const algorithms = signerAlgorithms(signature);
  if (!algorithms) return "local";
  const oids = [algorithms.signature, algorithms.publicKey].filter((o): o is string => o !== null);
  return oids.some(isGostOid) ? "gost" : "local";
}

/**
 * GOST signatures to `gost`, everything else to `local` (default `localVerifier`).
 * Bytes that are not a CMS go to `local`, which answers EDS_MALFORMED.
 */
export function routingVerifier(verifiers: {
  local?: SignatureVerifier;
  gost: SignatureVerifier;
}): SignatureVerifier {
  const local = verifiers.local ?? localVerifier;
  return {
    verify: (signature, data, options) =>
      (classifySignature(signature) === "gost" ? verifiers.gost : local).verify(signature, data, options),
  };
}
