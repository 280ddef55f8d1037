/**
 * Everything a template may print, gathered from the case, its provider, the
 * catalogue and the act — in the three languages where the source has them.
 * `documentContext` reads it inside the issuing transaction.
 */
import type { RefusalGround, ResultDocument } from "../catalog/schema.ts";
import type { DocumentKind } from "../catalog/vocabulary.ts";
import type { Text3 } from "../store/tables.ts";

export interface PersonRef {
  iin: string;
  name: string;
  birthDate?: string | null;
  address?: string | null;
}

export interface DocumentContext {
  id: string;
  kind: DocumentKind;
  /** Outgoing number (results) or the receipt's number. */
  number: string;
  issuedAt: Date;
  provider: { id: string; name: Text3; address: Text3; bin: string };
  service: { code: string; title: Text3 };
  act: { title: Text3; number: string; date: string; issuedBy: Text3 };
  /** The catalogue's result document (its title, form annex and source), when the kind is a result. */
  result: Pick<ResultDocument, "title" | "form" | "source"> | null;
  caseNumber: string | null;
  registeredAt: Date;
  applicant: PersonRef;
  representative: { iin: string; name: string; powerOfAttorney: string } | null;
  children: PersonRef[];
  /** The executor's drafted text of the result, as completed on the step. */
  drafted: string | null;
  /** Grounds of the standard cited (refusals), with their numbers. */
  grounds: Pick<RefusalGround, "n" | "text" | "provision" | "source">[];
  reasoning: string | null;
  preliminary: { at: string; hearingAt: string; place: string } | null;
  hearing: { heldAt: string; attended: boolean; objections: string | null } | null;
  /** Documents handed in and missing (receipts). */
  documents: Text3[];
  missing: Text3[];
  /** Receipts: documents not handed in because the state database holds the record (waivedIfRecord). */
  obtained?: { title: Text3; system: string }[];
  /** Receipts: the office that accepted or refused, the employee, the deadline of the service. */
  office: { id: string; name: Text3; address: Text3 } | null;
  employee: string | null;
  deadline: string | null;
  /** Who signs: a person (head) or the provider's information system. */
  signer: { name: string; position: Text3; seal: boolean } | null;
  verifyUrl: string | null;
}
