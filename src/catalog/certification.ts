/**
 * How a portal application may be certified, per the version in force: what
 * the act states (`standard.portalCertification`), else an EDS only.
 */
import type { CertificationMethod, RegulationVersion, Source } from "./schema.ts";

export interface PortalCertificationRule {
  methods: readonly CertificationMethod[];
  /** Where the act says so; null: the act names no alternative to the EDS. */
  source: Source | null;
}

const EDS_ONLY: PortalCertificationRule = { methods: ["eds"], source: null };

export function portalCertificationOf(version: RegulationVersion): PortalCertificationRule {
  const stated = version.standard.portalCertification;
  return stated ? { methods: stated.methods, source: stated.source } : EDS_ONLY;
}

export function allowsCertification(version: RegulationVersion, method: CertificationMethod): boolean {
  return portalCertificationOf(version).methods.includes(method);
}
