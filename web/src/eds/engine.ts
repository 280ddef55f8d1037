/**
 * The browser's stand-in for src/pki/engine.ts (web/vite.config.ts swaps it in): the same exports,
 * wired to the browser's own WebCrypto. The private key stays in this page's memory: nothing here
 * sends it anywhere.
 */
import "reflect-metadata";
import * as x509 from "@peculiar/x509";
import * as pkijs from "pkijs";

export type CryptoKey = globalThis.CryptoKey;
export type CryptoKeyPair = globalThis.CryptoKeyPair;

export const crypto: Crypto = globalThis.crypto;

x509.cryptoProvider.set(crypto);
pkijs.setEngine("browser", new pkijs.CryptoEngine({ name: "browser", crypto }));

export const KEY_ALGORITHM: RsaHashedKeyGenParams = {
  name: "RSASSA-PKCS1-v1_5",
  modulusLength: 2048,
  publicExponent: new Uint8Array([1, 0, 1]),
  hash: "SHA-256",
};

export const SIGNING_ALGORITHM: RsaHashedImportParams = { name: "RSASSA-PKCS1-v1_5", hash: "SHA-256" };

export async function generateKeyPair(): Promise<CryptoKeyPair> {
  return crypto.subtle.generateKey(KEY_ALGORITHM, true, ["sign", "verify"]);
}

export function randomSerial(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[0] = (bytes[0] ?? 0) & 0x7f || 0x01;
  return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
}

export { pkijs, x509 };
