/**
 * PKCS#12 (RFC 7292) key files, the format NCA RK issues (.p12), with pkijs.
 *
 * Written (no legacy algorithms; OpenSSL 3 reads it without -legacy):
 *   PFX v3, password integrity: HMAC-SHA256 over the AuthenticatedSafe, the MAC key
 *     derived with the PKCS#12 KDF (RFC 7292 B.2, SHA-256) — what `openssl pkcs12 -export`
 *     writes; PBMAC1 (RFC 9579, PBKDF2 for the MAC) is not readable by OpenSSL < 3.4;
 *   SafeContents 1 (Data): the key as a PKCS8ShroudedKeyBag, PBES2 (PBKDF2-HMAC-SHA256 +
 *     AES-256-CBC), attributes localKeyId + friendlyName;
 *   SafeContents 2 (EncryptedData, the same PBES2): the certificate as a CertBag with the
 *     same localKeyId + friendlyName, then the chain as CertBags (friendlyName only).
 *
 * Read: PFX with password integrity (or none); SafeContents in Data or PBES2 EncryptedData;
 * PKCS8ShroudedKeyBag (PBES2) or plain KeyBag; X.509 CertBags. The certificate is the one whose
 * public key matches the private key; the rest is the chain in file order. Legacy PKCS#12 PBE
 * (3DES, RC2-40 — older NCA and Windows exports) is not supported: EDS_KEY_FILE_MALFORMED.
 *
 * Isomorphic: only WebCrypto (through ./engine.ts), pkijs and asn1js — the portal's browser bundle
 * reads key files with this same code (web/vite.config.ts swaps in a browser engine).
 */
import * as asn1js from "asn1js";
import type { KeyMaterial } from "./ca.ts";
import { type CryptoKey, crypto, pkijs, SIGNING_ALGORITHM, x509 } from "./engine.ts";
import { edsError } from "./errors.ts";
import { readSubject } from "./profile.ts";

export interface Pkcs12Options {
  /** PBKDF2 iterations for the key and certificate encryption, and the MAC KDF iterations. */
  iterations?: number;
  /** friendlyName of the key and its certificate; default the certificate's CN. */
  friendlyName?: string;
}

export const PKCS12_DEFAULT_ITERATIONS = 100_000;

const OID = {
  data: "1.2.840.113549.1.7.1",
  encryptedData: "1.2.840.113549.1.7.6",
  keyBag: "1.2.840.113549.1.12.10.1.1",
  shroudedKeyBag: "1.2.840.113549.1.12.10.1.2",
  certBag: "1.2.840.113549.1.12.10.1.3",
  x509Certificate: "1.2.840.113549.1.9.22.1",
  friendlyName: "1.2.840.113549.1.9.20",
  localKeyId: "1.2.840.113549.1.9.21",
} as const;

const PBES2 = {
  contentEncryptionAlgorithm: { name: "AES-CBC", length: 256 },
  hmacHashAlgorithm: "SHA-256",
} as const;

function passwordBytes(password: string): ArrayBuffer {
  const bytes = new TextEncoder().encode(password);
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
}

function toArrayBuffer(bytes: Uint8Array): ArrayBuffer {
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
}

function attribute(type: string, value: asn1js.BaseBlock): pkijs.Attribute {
  return new pkijs.Attribute({ type, values: [value] });
}

function certBag(certificate: x509.X509Certificate, attributes: pkijs.Attribute[]): pkijs.SafeBag {
  return new pkijs.SafeBag({
    bagId: OID.certBag,
    bagValue: new pkijs.CertBag({ parsedValue: pkijs.Certificate.fromBER(certificate.rawData) }),
    ...(attributes.length > 0 ? { bagAttributes: attributes } : {}),
  });
}

/** A PKCS#12 file of the key, its certificate and the chain, protected by the password. */
export async function writePkcs12(
  material: KeyMaterial,
  password: string,
  options: Pkcs12Options = {},
): Promise<Uint8Array> {
  const iterationCount = options.iterations ?? PKCS12_DEFAULT_ITERATIONS;
  const pass = passwordBytes(password);
  const pkcs8 = await crypto.subtle.exportKey("pkcs8", material.privateKey);
  const localKeyId = await crypto.subtle.digest("SHA-1", material.certificate.rawData);
  const name = options.friendlyName ?? readSubject(material.certificate).commonName;
  const attributes = [
    attribute(OID.localKeyId, new asn1js.OctetString({ valueHex: localKeyId })),
    attribute(OID.friendlyName, new asn1js.BmpString({ value: name })),
  ];

  const shrouded = new pkijs.PKCS8ShroudedKeyBag({ parsedValue: pkijs.PrivateKeyInfo.fromBER(pkcs8) });
  await shrouded.makeInternalValues({ password: pass, iterationCount, ...PBES2 });
  const keys = new pkijs.SafeContents({
    safeBags: [
      new pkijs.SafeBag({ bagId: OID.shroudedKeyBag, bagValue: shrouded, bagAttributes: attributes }),
    ],
  });

  const certs = new pkijs.SafeContents({
    safeBags: [
      certBag(material.certificate, attributes),
      ...material.chain.map((c) => {
        const cn = readSubject(c).commonName;
        return certBag(c, cn ? [attribute(OID.friendlyName, new asn1js.BmpString({ value: cn }))] : []);
      }),
    ],
  });
  const encryptedCerts = new pkijs.EncryptedData();
  await encryptedCerts.encrypt({
    password: pass,
    iterationCount,
    contentToEncrypt: certs.toSchema().toBER(false),
    ...PBES2,
  });

  const authenticatedSafe = new pkijs.AuthenticatedSafe({
    safeContents: [
      new pkijs.ContentInfo({
        contentType: OID.encryptedData,
        content: encryptedCerts.toSchema(),
      }),
      new pkijs.ContentInfo({
        contentType: OID.data,
        content: new asn1js.OctetString({ valueHex: keys.toSchema().toBER(false) }),
      }),
    ],
  });
  const pfx = new pkijs.PFX({ parsedValue: { integrityMode: 0, authenticatedSafe } });
  await pfx.makeInternalValues({
    password: pass,
    iterations: iterationCount,
    pbkdf2HashAlgorithm: { name: "SHA-256" },
    hmacHashAlgorithm: "SHA-256",
  });
  return new Uint8Array(pfx.toSchema().toBER(false));
}

function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** WebCrypto's failure to decrypt (bad padding) is what a wrong password looks like without a MAC. */
function isDecryptFailure(error: unknown): boolean {
  return error instanceof Error && (error.name === "OperationError" || /decrypt/i.test(error.message));
}

async function decrypt(info: pkijs.EncryptedContentInfo, password: ArrayBuffer, checked: boolean) {
  try {
    return await new pkijs.EncryptedData({ encryptedContentInfo: info }).decrypt({ password });
  } catch (error) {
    if (!checked && isDecryptFailure(error)) throw edsError("EDS_KEY_FILE_PASSWORD");
    throw edsError("EDS_KEY_FILE_MALFORMED", { reason: reasonOf(error) });
  }
}

function parse<T>(what: string, fn: () => T): T {
  try {
    return fn();
  } catch (error) {
    throw edsError("EDS_KEY_FILE_MALFORMED", { reason: `${what}: ${reasonOf(error)}` });
  }
}

/** The RSA private key (PKCS#8) and its public key as SPKI DER, by WebCrypto alone (no node:crypto). */
async function importWithSpki(pkcs8: ArrayBuffer): Promise<{ privateKey: CryptoKey; spki: Uint8Array }> {
  try {
    const privateKey = await crypto.subtle.importKey("pkcs8", pkcs8, SIGNING_ALGORITHM, true, ["sign"]);
    const { kty, n, e } = await crypto.subtle.exportKey("jwk", privateKey);
    const publicKey = await crypto.subtle.importKey(
      "jwk",
      { kty, n, e, ext: true },
      SIGNING_ALGORITHM,
      true,
      ["verify"],
    );
    return { privateKey, spki: new Uint8Array(await crypto.subtle.exportKey("spki", publicKey)) };
  } catch (error) {
    throw edsError("EDS_KEY_FILE_MALFORMED", { reason: `unsupported key: ${reasonOf(error)}` });
  }
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.byteLength === b.byteLength && a.every((x, i) => x === b[i]);
}

/** The key, its certificate and the chain from a PKCS#12 file; typed errors on a wrong password or bad file. */
export async function readPkcs12(bytes: Uint8Array, password: string): Promise<KeyMaterial> {
  const pass = passwordBytes(password);
  const pfx = parse("PFX", () => pkijs.PFX.fromBER(toArrayBuffer(bytes)));
  if (pfx.authSafe.contentType !== OID.data)
    throw edsError("EDS_KEY_FILE_MALFORMED", { reason: "only password integrity is supported" });
  const checked = pfx.macData !== undefined;
  try {
    await pfx.parseInternalValues({ password: pass, checkIntegrity: checked });
  } catch (error) {
    if (/integrity/i.test(reasonOf(error)) && checked) throw edsError("EDS_KEY_FILE_PASSWORD");
    throw edsError("EDS_KEY_FILE_MALFORMED", { reason: reasonOf(error) });
  }
  const authenticatedSafe = pfx.parsedValue?.authenticatedSafe;
  if (!authenticatedSafe) throw edsError("EDS_KEY_FILE_MALFORMED", { reason: "no AuthenticatedSafe" });

  const bags: pkijs.SafeBag[] = [];
  for (const info of authenticatedSafe.safeContents) {
    let der: ArrayBuffer;
    if (info.contentType === OID.data && info.content instanceof asn1js.OctetString) {
      der = info.content.getValue();
    } else if (info.contentType === OID.encryptedData) {
      const encrypted = parse("EncryptedData", () => new pkijs.EncryptedData({ schema: info.content }));
      der = await decrypt(encrypted.encryptedContentInfo, pass, checked);
    } else {
      throw edsError("EDS_KEY_FILE_MALFORMED", { reason: `unsupported SafeContents ${info.contentType}` });
    }
    bags.push(...parse("SafeContents", () => pkijs.SafeContents.fromBER(der)).safeBags);
  }

  const keys: ArrayBuffer[] = [];
  const certificates: x509.X509Certificate[] = [];
  for (const bag of bags) {
    const value = bag.bagValue;
    if (bag.bagId === OID.shroudedKeyBag && value instanceof pkijs.PKCS8ShroudedKeyBag) {
      const info = new pkijs.EncryptedContentInfo({
        contentType: OID.data,
        contentEncryptionAlgorithm: value.encryptionAlgorithm,
        encryptedContent: value.encryptedData,
      });
      keys.push(await decrypt(info, pass, checked));
    } else if (bag.bagId === OID.keyBag && value instanceof pkijs.PrivateKeyInfo) {
      keys.push(value.toSchema().toBER(false));
    } else if (
      bag.bagId === OID.certBag &&
      value instanceof pkijs.CertBag &&
      value.certId === OID.x509Certificate
    ) {
      const cert = value.certValue;
      if (cert instanceof asn1js.OctetString)
        certificates.push(parse("certificate", () => new x509.X509Certificate(cert.getValue())));
    }
  }
  const [pkcs8, ...extra] = keys;
  if (!pkcs8 || extra.length > 0)
    throw edsError("EDS_KEY_FILE_MALFORMED", { reason: `expected one private key, found ${keys.length}` });
  const { privateKey, spki } = await importWithSpki(pkcs8);
  const leaf = certificates.find((c) => sameBytes(spki, new Uint8Array(c.publicKey.rawData)));
  if (!leaf) throw edsError("EDS_KEY_FILE_MALFORMED", { reason: "no certificate for the private key" });
  return { privateKey, certificate: leaf, chain: certificates.filter((c) => c !== leaf) };
}
