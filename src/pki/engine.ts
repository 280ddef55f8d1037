/**
 * One place that wires WebCrypto into @peculiar/x509 and pkijs. Every module
 * of src/pki imports this first (reflect-metadata must precede @peculiar/x509).
 *
 * Algorithm: RSA-2048 with SHA-256, PKCS#1 v1.5 signatures (sha256WithRSAEncryption).
 * The real NCA RK issues GOST 34.10 and RSA keys; WebCrypto has no GOST, and the
 * NCA's RSA certificates and CMS signatures use PKCS#1 v1.5 rather than PSS, so
 * this is the closest honest choice that verifies locally.
 */
import "reflect-metadata";
import { webcrypto } from "node:crypto";
import * as x509 from "@peculiar/x509";
import * as pkijs from "pkijs";

export type CryptoKey = webcrypto.CryptoKey;
export type CryptoKeyPair = webcrypto.CryptoKeyPair;

export const crypto = webcrypto;

x509.cryptoProvider.set(crypto);
pkijs.setEngine("node", new pkijs.CryptoEngine({ name: "node", crypto }));

export const KEY_ALGORITHM: webcrypto.RsaHashedKeyGenParams = {
  name: "RSASSA-PKCS1-v1_5",
  modulusLength: 2048,
  publicExponent: new Uint8Array([1, 0, 1]),
  hash: "SHA-256",
};

export const SIGNING_ALGORITHM: webcrypto.RsaHashedImportParams = {
  name: "RSASSA-PKCS1-v1_5",
  hash: "SHA-256",
};

/** A fresh extractable RSA-2048 key pair (extractable so it can go into a key file). */
export async function generateKeyPair(): Promise<CryptoKeyPair> {
  return crypto.subtle.generateKey(KEY_ALGORITHM, true, ["sign", "verify"]);
}

/** 16 random bytes as hex, the top bit cleared so the INTEGER stays positive. */
export function randomSerial(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[0] = (bytes[0] ?? 0) & 0x7f || 0x01;
  return Buffer.from(bytes).toString("hex");
}

export { pkijs, x509 };
