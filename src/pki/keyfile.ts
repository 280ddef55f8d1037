/**
 * Key files. `writeKeyFile` writes a PEM bundle: the private key as encrypted
 * PKCS#8 (PBES2: PBKDF2-HMAC-SHA256 + AES-256-CBC, as OpenSSL writes it) followed
 * by the certificate and its chain. NCA issues PKCS#12 (.p12): see pkcs12.ts.
 * `loadKeyFile` reads either, by content: DER (a SEQUENCE) is PKCS#12, else PEM.
 */
import { createPrivateKey, KeyObject } from "node:crypto";
import type { KeyMaterial } from "./ca.ts";
import { type CryptoKey, crypto, SIGNING_ALGORITHM, x509 } from "./engine.ts";
import { edsError } from "./errors.ts";
import { readPkcs12 } from "./pkcs12.ts";

/** Encrypted PKCS#8 PEM of a WebCrypto private key. */
export function encryptPrivateKey(key: CryptoKey, password: string): string {
  return KeyObject.from(key)
    .export({ type: "pkcs8", format: "pem", cipher: "aes-256-cbc", passphrase: password })
    .toString();
}

/** The WebCrypto signing key from an encrypted PKCS#8 PEM; a typed error on a wrong password. */
export async function decryptPrivateKey(pem: string, password: string): Promise<CryptoKey> {
  if (!pem.includes("-----BEGIN ENCRYPTED PRIVATE KEY-----")) throw edsError("EDS_KEY_FILE_MALFORMED");
  let der: Buffer;
  try {
    der = createPrivateKey({ key: pem, format: "pem", passphrase: password }).export({
      type: "pkcs8",
      format: "der",
    });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (/decrypt|password|passphrase/i.test(message)) throw edsError("EDS_KEY_FILE_PASSWORD");
    throw edsError("EDS_KEY_FILE_MALFORMED", { reason: message });
  }
  return crypto.subtle.importKey("pkcs8", der, SIGNING_ALGORITHM, true, ["sign"]);
}

export function writeKeyFile(material: KeyMaterial, password: string): Uint8Array {
  const parts = [
    encryptPrivateKey(material.privateKey, password).trim(),
    material.certificate.toString("pem"),
    ...material.chain.map((c) => c.toString("pem")),
  ];
  return new TextEncoder().encode(`${parts.join("\n")}\n`);
}

const PEM_BLOCK = /-----BEGIN ([A-Z ]+)-----[\s\S]*?-----END \1-----/g;

/** PKCS#12 is DER: it starts with a SEQUENCE tag; a PEM bundle is text. */
export function isPkcs12(bytes: Uint8Array): boolean {
  return bytes[0] === 0x30;
}

/** A PEM bundle or a PKCS#12 (.p12) file, told apart by content. */
export async function loadKeyFile(bytes: Uint8Array, password: string): Promise<KeyMaterial> {
  if (isPkcs12(bytes)) return readPkcs12(bytes, password);
  const text = new TextDecoder("utf-8", { fatal: false }).decode(bytes);
  const blocks = [...text.matchAll(PEM_BLOCK)].map((m) => ({ label: m[1] ?? "", pem: m[0] }));
  const keyBlock = blocks.find((b) => b.label === "ENCRYPTED PRIVATE KEY");
  const certs = blocks.filter((b) => b.label === "CERTIFICATE");
  const [leaf, ...chain] = certs;
  if (!keyBlock || !leaf) throw edsError("EDS_KEY_FILE_MALFORMED", { reason: "missing key or certificate" });
  const privateKey = await decryptPrivateKey(keyBlock.pem, password);
  try {
    return {
      privateKey,
      certificate: new x509.X509Certificate(leaf.pem),
      chain: chain.map((c) => new x509.X509Certificate(c.pem)),
    };
  } catch (error) {
    throw edsError("EDS_KEY_FILE_MALFORMED", {
      reason: error instanceof Error ? error.message : String(error),
    });
  }
}
