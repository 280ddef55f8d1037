/**
 * Signing keys of demo staff: the test CA issues a head's certificate (IIN,
 * OU=BIN of the provider, NCA role "first head") to a staff member the first
 * time they sign, and keeps it for the run. The autopilot signs results with
 * them as a head would with their key file; `writeStaffKeyFiles` writes them
 * as PKCS#12 files for people to sign by hand.
 */
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import {
  type CertificationAuthority,
  issueCertificate,
  type KeyMaterial,
  signCms,
  writePkcs12,
} from "../pki/index.ts";
import { splitFullName } from "../pki/profile.ts";

export interface SigningStaff {
  staffId: string;
  iin: string;
  fullName: string;
}

export interface StaffKeys {
  keyFor(staff: SigningStaff, provider: { bin: string; name: string }): Promise<KeyMaterial>;
}

export function caStaffKeys(ca: CertificationAuthority): StaffKeys {
  const issued = new Map<string, Promise<KeyMaterial>>();
  return {
    keyFor(staff, provider) {
      const id = `${staff.staffId}/${provider.bin}`;
      let key = issued.get(id);
      if (!key) {
        const name = splitFullName(staff.fullName) ?? { surname: staff.fullName, givenName: staff.fullName };
        key = issueCertificate(ca, {
          holder: {
            iin: staff.iin,
            ...name,
            organisation: { bin: provider.bin, name: provider.name, role: "head" },
          },
          purpose: "signing",
          // From the CA's own start: the demo's cases are dated weeks back.
          notBefore: ca.certificate.notBefore,
          notAfter: ca.certificate.notAfter,
        });
        issued.set(id, key);
        key.catch(() => issued.delete(id));
      }
      return key;
    },
  };
}

/** A detached CMS over `bytes` with the key, dated `at`, base64 (what the API takes). */
export async function signBase64(key: KeyMaterial, bytes: Uint8Array, at: Date): Promise<string> {
  const cms = await signCms(bytes, key.privateKey, key.certificate, { chain: key.chain, signingTime: at });
  return Buffer.from(cms).toString("base64");
}

/** Writes `<dir>/<login>.p12` for each staff member (skipping existing files). */
export async function writeStaffKeyFiles(
  keys: StaffKeys,
  dir: string,
  staff: readonly (SigningStaff & { login: string; provider: { bin: string; name: string } })[],
  password: string,
): Promise<string[]> {
  mkdirSync(dir, { recursive: true });
  const written: string[] = [];
  for (const s of staff) {
    const path = join(dir, `${s.login}.p12`);
    if (existsSync(path)) continue;
    writeFileSync(path, await writePkcs12(await keys.keyFor(s, s.provider), password), { mode: 0o600 });
    written.push(path);
  }
  return written;
}
