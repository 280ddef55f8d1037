/**
 * What a signed portal request is verified against: the trusted roots (NCA RK's
 * root and issuing CAs in production, the bundled test CA here) and a provider
 * of the current CRLs, asked on every request so a revocation counts at once; a certificate with an
 * OCSP URL in its Authority Information Access is asked about there instead.
 */

import type { x509 } from "../pki/engine.ts";
import {
  httpOcsp,
  loadCa,
  makeCrl,
  type OcspTransport,
  type PkiLocation,
  revocations,
} from "../pki/index.ts";

export interface Trust {
  readonly roots: readonly x509.X509Certificate[];
  crls(): Promise<readonly x509.X509Crl[]>;
  /** How to ask a certificate's OCSP responder (its AIA URL); absent: CRLs only (src/pki/ocsp.ts). */
  readonly ocsp?: OcspTransport;
}

/**
 * The bundled test CA of `qyzmet pki init` (default ./data/pki, QYZMET_PKI_DIR) as the only
 * trusted root; the CRL is signed afresh from its crl.json on every call, so `qyzmet pki revoke`
 * takes effect without a restart. Throws PKI_CA_MISSING when the directory holds no CA.
 */
export async function trustFromPkiDir(dir?: string, password?: string): Promise<Trust> {
  const location: PkiLocation = {
    ...(dir !== undefined ? { dir } : {}),
    ...(password !== undefined ? { password } : {}),
  };
  const ca = await loadCa(location);
  return {
    roots: [ca.certificate],
    crls: async () => [await makeCrl(ca, revocations(location))],
    // A certificate issued with an OCSP URL (`pki issue --ocsp-url`) is checked there (`pki ocsp` serves it).
    ocsp: httpOcsp(),
  };
}
