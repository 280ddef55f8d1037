/**
 * A document as the renderer sees it: already in one language, every value a
 * string. Templates (templates.ts) build it from a case; pdf.ts draws it.
 * The same model always gives the same PDF bytes.
 */
import type { DocumentKind } from "../catalog/vocabulary.ts";

export const DOC_LANGS = ["kk", "ru", "en"] as const;
export type DocLang = (typeof DOC_LANGS)[number];

/** The language(s) a stored document is issued in: one, or the bilingual form (Kazakh, then Russian). */
export const ISSUE_LANGS = ["kk", "ru", "en", "kk+ru"] as const;
export type IssueLang = (typeof ISSUE_LANGS)[number];
export const langsOf = (l: IssueLang): DocLang[] => (l === "kk+ru" ? ["kk", "ru"] : [l]);

export type Block =
  /** A paragraph of running text. */
  | { kind: "para"; text: string; bold?: boolean }
  /** Label–value rows (the form's fields). */
  | { kind: "fields"; rows: [label: string, value: string][] }
  /** A numbered list under a heading: documents, grounds. */
  | { kind: "list"; title: string; items: string[] }
  /** A line for a handwritten signature on the paper copy (receipts). */
  | { kind: "signature_line"; label: string };

export interface DocModel {
  /** The document's id: printed, in the QR link and in the PDF's metadata. */
  id: string;
  kind: DocumentKind;
  lang: DocLang;
  /** The issuing body, as its header prints. */
  issuer: { name: string; address: string; bin: string };
  /** The form's heading: АНЫҚТАМА, ПРИКАЗ … */
  heading: string;
  /** What the document is, from the catalogue ("on guardianship or trusteeship …"). */
  title: string;
  /** Registration number and date (dd.mm.yyyy, Asia/Almaty). */
  number: string;
  date: string;
  blocks: Block[];
  /** The legal basis, one line each (act, paragraph). */
  basis: string[];
  /** Who signs: position and name; how (EDS of a person or the provider's seal). */
  signer: { position: string; name: string; how: string } | null;
  /** The public verification link the QR code carries; null for drafts that are never issued. */
  verifyUrl: string | null;
  /** Label of the verification note under the QR code. */
  verifyNote: string;
  /** Fixes the PDF's CreationDate, so the bytes depend on the model only. */
  createdAt: Date;
}
