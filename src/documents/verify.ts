/**
 * Anyone can check a document: by its id (the QR code's link) or by uploading
 * the file, optionally with a detached signature. The verdict:
 *   genuine            the file is byte for byte the signed document we issued and its signature verifies;
 *   changed            the file names one of our documents but its bytes differ from what was signed;
 *   foreign-signature  the signature shown is not the one the document was issued with (another key,
 *                      another document's signature, or a signature that does not verify);
 *   unknown            no issued document has this id (or the file names none).
 * What is shown of a genuine document: number, kind, title, provider, dates, the signer and the
 * applicant's IIN masked (4 first and 2 last digits).
 */
import type { Kysely } from "kysely";
import { isQyzmetError } from "../core/errors.ts";
import { maskIin } from "../iin/index.ts";
import { verifyCms } from "../pki/index.ts";
import type { Trust } from "../portal/trust.ts";
import type { Database, DocumentSigner, Text3 } from "../store/tables.ts";
import type { DocumentRow } from "./issue.ts";
import { sha256Hex } from "./issue.ts";
import { ID_MARKER } from "./pdf.ts";

export type Verdict = "genuine" | "changed" | "foreign-signature" | "unknown";

export interface VerifiedDocument {
  id: string;
  kind: string;
  number: string;
  title: Text3;
  lang: string;
  issuedAt: string;
  provider: { id: string; name: Text3; bin: string };
  caseNumber: string | null;
  applicantIin: string;
  signer: {
    name: string;
    position: Text3;
    organisation: string | null;
    sealed: boolean;
    certificate: string;
  };
  signedAt: string;
  sha256: string;
}

export interface Verification {
  verdict: Verdict;
  /** The document the file names (for changed / foreign-signature: what was really issued). */
  document: VerifiedDocument | null;
  /** Why the verdict is not "genuine", as a stable code. */
  reason: string | null;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** The document id a file names in its Info dictionary, or null. */
export function documentIdIn(file: Uint8Array): string | null {
  const text = Buffer.from(file.buffer, file.byteOffset, file.byteLength).toString("latin1");
  const at = text.indexOf(`(${ID_MARKER}`);
  if (at < 0) return null;
  const id = text.slice(at + 1 + ID_MARKER.length, at + 1 + ID_MARKER.length + 36);
  return UUID.test(id) ? id : null;
}

async function issued(db: Kysely<Database>, id: string) {
  if (!UUID.test(id)) return null;
  const row = await db
    .selectFrom("documents")
    .innerJoin("providers", "providers.id", "documents.provider_id")
    .innerJoin("cases", "cases.id", "documents.case_id")
    .selectAll("documents")
    .select([
      "providers.name as provider_name",
      "providers.bin as provider_bin",
      "cases.applicant_iin",
      "cases.incoming_number",
    ])
    .where("documents.id", "=", id)
    .where("documents.status", "=", "signed")
    .executeTakeFirst();
  return row ?? null;
}

type IssuedRow = NonNullable<Awaited<ReturnType<typeof issued>>>;

function describe(row: IssuedRow): VerifiedDocument {
  const signer = row.signer as DocumentSigner;
  return {
    id: row.id,
    kind: row.kind,
    number: row.number,
    title: row.title,
    lang: row.lang,
    issuedAt: row.prepared_at.toISOString(),
    provider: { id: row.provider_id, name: row.provider_name, bin: row.provider_bin },
    caseNumber: row.incoming_number,
    applicantIin: maskIin(row.applicant_iin),
    signer: {
      name: signer.name,
      position: signer.position,
      organisation: signer.organisation,
      sealed: row.sealed,
      certificate: signer.serial,
    },
    signedAt: (row.signed_at as Date).toISOString(),
    sha256: row.sha256,
  };
}

/**
 * The stored signature over the stored bytes, checked again against the trusted roots at the time
 * of signing (revocation was checked when it was signed; a later revocation does not undo a
 * signature made before it).
 */
async function signatureHolds(
  row: Pick<DocumentRow, "signature" | "pdf" | "signed_at">,
  trust: Trust,
  signature = row.signature,
) {
  if (!signature) return false;
  try {
    await verifyCms(signature, row.pdf, {
      trustedRoots: trust.roots,
      crls: [],
      at: row.signed_at ?? undefined,
      revocation: "skip",
    });
    return true;
  } catch (error) {
    if (isQyzmetError(error)) return false;
    throw error;
  }
}

export async function verifyById(db: Kysely<Database>, trust: Trust, id: string): Promise<Verification> {
  const row = await issued(db, id);
  if (!row) return { verdict: "unknown", document: null, reason: "DOCUMENT_UNKNOWN" };
  if (sha256Hex(row.pdf) !== row.sha256 || !(await signatureHolds(row, trust)))
    return { verdict: "changed", document: describe(row), reason: "STORED_COPY_DAMAGED" };
  return { verdict: "genuine", document: describe(row), reason: null };
}

/** A file (and optionally the detached signature presented with it) against what was issued. */
export async function verifyFile(
  db: Kysely<Database>,
  trust: Trust,
  file: Uint8Array,
  signature?: Uint8Array,
): Promise<Verification> {
  const id = documentIdIn(file);
  const row = id ? await issued(db, id) : null;
  if (!row) return { verdict: "unknown", document: null, reason: id ? "DOCUMENT_UNKNOWN" : "NO_DOCUMENT_ID" };
  const document = describe(row);
  if (sha256Hex(file) !== row.sha256) return { verdict: "changed", document, reason: "BYTES_DIFFER" };
  if (signature) {
    const same =
      row.signature !== null && Buffer.compare(Buffer.from(signature), Buffer.from(row.signature)) === 0;
    if (!same) {
      const holds = await signatureHolds(row, trust, signature);
      return {
        verdict: "foreign-signature",
        document,
        reason: holds ? "SIGNATURE_NOT_ISSUED" : "SIGNATURE_INVALID",
      };
    }
  }
  if (!(await signatureHolds(row, trust)))
    return { verdict: "changed", document, reason: "STORED_COPY_DAMAGED" };
  return { verdict: "genuine", document, reason: null };
}
