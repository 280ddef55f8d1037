/** Reads of outgoing documents: a case's documents, one document's bytes, the provider's outgoing journal. */
import { type Kysely, sql } from "kysely";
import type { Database } from "../store/tables.ts";
import { documentsError } from "./errors.ts";

const LISTED = [
  "documents.id",
  "documents.case_id",
  "documents.purpose",
  "documents.kind",
  "documents.lang",
  "documents.number",
  "documents.title",
  "documents.status",
  "documents.sha256",
  "documents.sealed",
  "documents.signer",
  "documents.signed_at",
  "documents.prepared_at",
] as const;

/** The documents of a case, oldest first; `signedOnly` for the applicant (what was issued). */
export async function caseDocuments(db: Kysely<Database>, caseId: string, signedOnly = false) {
  let q = db
    .selectFrom("documents")
    .select(LISTED)
    // Who is to sign a prepared document (the workstation offers the signing to that person).
    .select(sql<string | null>`documents.facts->>'signerStaffId'`.as("signer_staff_id"))
    .where("case_id", "=", caseId);
  if (signedOnly) q = q.where("status", "=", "signed");
  return q.orderBy("prepared_at").orderBy("number").execute();
}

export type ListedDocument = Awaited<ReturnType<typeof caseDocuments>>[number];

export async function documentFile(db: Kysely<Database>, id: string) {
  const row = await db
    .selectFrom("documents")
    .innerJoin("cases", "cases.id", "documents.case_id")
    .select([
      "documents.id",
      "documents.case_id",
      "documents.provider_id",
      "documents.number",
      "documents.status",
      "documents.pdf",
      "documents.signature",
      "cases.applicant_iin",
      "cases.region_code",
    ])
    .where("documents.id", "=", id)
    .executeTakeFirst();
  if (!row) throw documentsError("DOCUMENT_NOT_FOUND", { documentId: id });
  return row;
}

/**
 * The registration journal of outgoing documents of a provider for a year, by number. Numbers
 * are gap-free: a cancelled draft keeps its line (status cancelled), a number is never reused.
 */
export async function outgoingJournal(db: Kysely<Database>, providerId: string, year: number) {
  return db
    .selectFrom("documents")
    .innerJoin("cases", "cases.id", "documents.case_id")
    .select([
      "documents.seq",
      "documents.number",
      "documents.id",
      "documents.kind",
      "documents.purpose",
      "documents.title",
      "documents.status",
      "documents.sealed",
      "documents.signer",
      "documents.signed_at",
      "documents.prepared_at",
      "cases.incoming_number",
      "cases.service_code",
    ])
    .where("documents.provider_id", "=", providerId)
    .where("documents.year", "=", year)
    .orderBy("documents.seq")
    .execute();
}
