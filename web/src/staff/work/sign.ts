/**
 * Signing a document's exact PDF bytes in the browser: the head's PKCS#12 key file is opened with its
 * password and a detached CMS is made over the bytes by src/pki's own readPkcs12 and signCms (as
 * web/src/eds/sign.ts does for portal requests). Only the CMS leaves the page.
 */
import { readPkcs12, readSubject, signCms } from "@qyzmet/pki";
import { toBase64 } from "../../eds/sign.ts";

export async function signBytes(
  keyFile: Uint8Array,
  password: string,
  bytes: Uint8Array,
): Promise<{ signature: string; signer: { iin: string | null; commonName: string } }> {
  const material = await readPkcs12(keyFile, password);
  const cms = await signCms(bytes, material.privateKey, material.certificate, { chain: material.chain });
  return { signature: toBase64(cms), signer: readSubject(material.certificate) };
}
