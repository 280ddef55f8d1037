/**
 * The provider's seal: the certificate of the provider's information system,
 * which signs the results of fully automated services (no person handled the
 * case). Production keeps it in the provider's HSM behind this port; the
 * bundled implementation issues one per provider from the test CA on first use
 * and keeps it in memory (a restart issues a new one; documents sealed before
 * stay verifiable, the certificate travels inside each signature).
 */
import type { CertificationAuthority, KeyMaterial } from "../pki/index.ts";
import { issueCertificate } from "../pki/index.ts";

export interface SealKeys {
  sealFor(provider: { id: string; bin: string; name: string }): Promise<KeyMaterial>;
}

export function caSealKeys(ca: CertificationAuthority): SealKeys {
  const issued = new Map<string, Promise<KeyMaterial>>();
  return {
    sealFor(provider) {
      let key = issued.get(provider.id);
      if (!key) {
        key = issueCertificate(ca, {
          holder: { seal: { bin: provider.bin, name: provider.name } },
          purpose: "signing",
          // Valid from the CA's own start, so that results dated by the engine's clock verify.
          notBefore: ca.certificate.notBefore,
          notAfter: ca.certificate.notAfter,
        });
        issued.set(provider.id, key);
        key.catch(() => issued.delete(provider.id));
      }
      return key;
    },
  };
}
