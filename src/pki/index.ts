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
  KEY_USAGE_PURPOSE,
  KEY_USER_ROLES,
  type NcanodeOptions,
  type NcanodeVerifyAnswer,
  type NcanodeVerifyRequest,
  ncanodeVerifier,
  type RevocationMethod,
} from "./ncanode.ts";
export {
  type NcanodeStub,
  type NcanodeStubMode,
  type NcanodeStubOptions,
  startNcanodeStub,
} from "./ncanode-stub.ts";
export {
  checkOcsp,
  httpOcsp,
  type OcspStatus,
  type OcspTransport,
  ocspRequest,
  ocspResponder,
  ocspUrlOf,
} from "./ocsp.ts";
export { type RunningOcspResponder, startOcspResponder } from "./ocsp-server.ts";
export { PKCS12_DEFAULT_ITERATIONS, type Pkcs12Options, readPkcs12, writePkcs12 } from "./pkcs12.ts";
export {
  type CertificateSubject,
  type Holder,
  isSeal,
  type KeyPurpose,
  type NcaRole,
  OID,
  type OrgRole,
  ROLE_OIDS,
  readSubject,
  type SealHolder,
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
export {
  classifySignature,
  GOST_OID_ARCS,
  isGostOid,
  localVerifier,
  routingVerifier,
  type SignatureVerifier,
  type SignerAlgorithms,
  signerAlgorithms,
  type VerifierErrorCode,
  verifierError,
} from "./verifier.ts";
