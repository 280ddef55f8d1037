/** Outgoing documents: templates, PDF, signing, sealing, verification and the outgoing journal. See README.md. */
export {
  caseDocumentContext,
  chooseResult,
  type Purpose,
  receiptContext,
  SIGNING_POSITIONS,
  SIGNING_ROLES,
} from "./case-context.ts";
export type { DocumentContext } from "./context.ts";
export { DOCUMENTS_ERROR_CODES, documentsError } from "./errors.ts";
export {
  type DocumentRow,
  type DocumentsDeps,
  documentIssuer,
  PrepareInput,
  prepareDocument,
  requireTrust,
  SignInput,
  sha256Hex,
  signDocument,
} from "./issue.ts";
export { DOC_LANGS, type DocLang, ISSUE_LANGS, type IssueLang, langsOf } from "./model.ts";
export { ID_MARKER, renderPdf } from "./pdf.ts";
export { caseDocuments, documentFile, type ListedDocument, outgoingJournal } from "./queries.ts";
export { caSealKeys, type SealKeys } from "./seal.ts";
export { buildModel, renderDocument } from "./templates.ts";
export { documentIdIn, type Verdict, type Verification, verifyById, verifyFile } from "./verify.ts";
