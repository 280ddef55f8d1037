/** EDS for Qyzmet: the test NCA-profile CA, key files, CRLs and CMS signatures. See README.md. */
export {
  type CertificationAuthority,
  type CreateCaOptions,
  createCa,
  type IssueOptions,
  issueCertificate,
  type KeyMaterial,
} from "./ca.ts";
export {
  type SignOptions,
  signCms,
  type VerifiedSignature,
  type VerifyExpectations,
  type VerifyOptions,
  verifyCms,
} from "./cms.ts";
export {
  checkRevocation,
  makeCrl,
  REVOCATION_REASONS,
  type Revocation,
  type RevocationReason,
} from "./crl.ts";
export { type EdsErrorCode, edsError } from "./errors.ts";
export { loadKeyFile, writeKeyFile } from "./keyfile.ts";
export {
  type CertificateSubject,
  type Holder,
  type KeyPurpose,
  type NcaRole,
  OID,
  type OrgRole,
  ROLE_OIDS,
  readSubject,
} from "./profile.ts";
export {
  currentCrl,
  DEMO_PKI_PASSWORD,
  initCa,
  issue,
  issued,
  loadCa,
  type PkiLocation,
  pkiDir,
  revocations,
  revoke,
} from "./store.ts";
