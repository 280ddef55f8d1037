/**
 * Signing a portal request in the browser: the PKCS#12 key file is opened with its password and the
 * exact request bytes are signed as a detached CMS — by src/pki's own readPkcs12 and signCms (see
 * web/vite.config.ts, src/pki/browser.ts). Only the request and the CMS leave the page.
 */
import { readPkcs12, readSubject, signCms } from "@qyzmet/pki";

export interface SignedRequest {
  /** base64 of the exact bytes signed */
  request: string;
  /** base64 of the detached CMS (DER) */
  signature: string;
  signer: { iin: string | null; commonName: string };
}

export function toBase64(bytes: Uint8Array): string {
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary);
}

/** Opens the key file and signs `text` (UTF-8). Throws the PKI's typed errors (wrong password, bad file). */
export async function signText(keyFile: Uint8Array, password: string, text: string): Promise<SignedRequest> {
  const material = await readPkcs12(keyFile, password);
  const bytes = new TextEncoder().encode(text);
  const cms = await signCms(bytes, material.privateKey, material.certificate, { chain: material.chain });
  const subject = readSubject(material.certificate);
  return {
    request: toBase64(bytes),
    signature: toBase64(cms),
    signer: { iin: subject.iin ?? null, commonName: subject.commonName },
  };
}
