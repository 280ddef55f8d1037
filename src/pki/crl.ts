/** Revocation: a signed X.509 v2 CRL from a list of revocations, and the check against it. */
import type { CertificationAuthority } from "./ca.ts";
import { SIGNING_ALGORITHM, x509 } from "./engine.ts";

export const REVOCATION_REASONS = [
  "unspecified",
  "keyCompromise",
  "cACompromise",
  "affiliationChanged",
  "superseded",
  "cessationOfOperation",
  "certificateHold",
  "privilegeWithdrawn",
] as const;
export type RevocationReason = (typeof REVOCATION_REASONS)[number];

export function isRevocationReason(value: string): value is RevocationReason {
  return (REVOCATION_REASONS as readonly string[]).includes(value);
}

export interface Revocation {
  /** Hex serial, lower case. */
  serial: string;
  reason: RevocationReason;
  /** ISO 8601. */
  date: string;
}

export interface CrlOptions {
  thisUpdate?: Date;
  /** Default: thisUpdate + 1 day (NCA publishes its base CRL often). */
  nextUpdate?: Date;
}

export async function makeCrl(
  ca: CertificationAuthority,
  revocations: readonly Revocation[],
  options: CrlOptions = {},
): Promise<x509.X509Crl> {
  const thisUpdate = options.thisUpdate ?? new Date();
  const nextUpdate = options.nextUpdate ?? new Date(thisUpdate.getTime() + 86_400_000);
  return x509.X509CrlGenerator.create({
    issuer: ca.certificate.subjectName,
    thisUpdate,
    nextUpdate,
    signingKey: ca.privateKey,
    signingAlgorithm: SIGNING_ALGORITHM,
    entries: revocations.map((r) => ({
      serialNumber: r.serial,
      revocationDate: new Date(r.date),
      reason: x509.X509CrlReason[r.reason],
    })),
    extensions: [await x509.AuthorityKeyIdentifierExtension.create(ca.certificate, false)],
  });
}

export interface RevocationStatus {
  /** Whether at least one CRL of the certificate's issuer, signed by that issuer, was available. */
  checked: boolean;
  revoked: { date: Date; reason: RevocationReason } | null;
}

function reasonName(code: number | undefined): RevocationReason {
  const name = code === undefined ? undefined : x509.X509CrlReason[code];
  return name !== undefined && isRevocationReason(name) ? name : "unspecified";
}

/**
 * Looks the certificate up in every CRL issued and signed by `issuer`;
 * CRLs of other issuers or with a bad signature are ignored.
 */
export async function checkRevocation(
  certificate: x509.X509Certificate,
  issuer: x509.X509Certificate,
  crls: readonly x509.X509Crl[],
): Promise<RevocationStatus> {
  let checked = false;
  for (const crl of crls) {
    if (crl.issuer !== certificate.issuer) continue;
    if (!(await crl.verify({ publicKey: issuer }))) continue;
    checked = true;
    const entry = crl.findRevoked(certificate);
    if (entry) return { checked, revoked: { date: entry.revocationDate, reason: reasonName(entry.reason) } };
  }
  return { checked, revoked: null };
}
