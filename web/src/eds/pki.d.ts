/**
 * The signatures of src/pki/browser.ts as the DOM-typed web project sees them (the Node-typed root
 * project checks the implementation; the two type worlds disagree on WebCrypto's declarations, so
 * the web project does not type-check src/pki itself). Keep in step with src/pki/browser.ts.
 */
declare module "@qyzmet/pki" {
  import type { X509Certificate } from "@peculiar/x509";

  export interface KeyMaterial {
    privateKey: CryptoKey;
    certificate: X509Certificate;
    chain: X509Certificate[];
  }
  /** Throws EDS_KEY_FILE_PASSWORD or EDS_KEY_FILE_MALFORMED (QyzmetError: code + messages in kk/ru/en). */
  export function readPkcs12(bytes: Uint8Array, password: string): Promise<KeyMaterial>;
  export function signCms(
    data: Uint8Array,
    privateKey: CryptoKey,
    certificate: X509Certificate,
    options?: { detached?: boolean; signingTime?: Date; chain?: readonly X509Certificate[] },
  ): Promise<Uint8Array>;
  export function readSubject(certificate: X509Certificate): { iin: string | null; commonName: string };
}
