/**
 * The document context of a case: what its result or reasoned refusal prints,
 * read from the case, its provider, the catalogue and the act. Read inside the
 * preparing transaction, so the PDF states exactly what the case held.
 */
import type { Kysely } from "kysely";
import type { Catalog, RefusalGround, ResultDocument } from "../catalog/schema.ts";
import type { DocumentKind } from "../catalog/vocabulary.ts";
import { type CaseRules, rulesOf } from "../engine/context.ts";
import type { CaseRow, Database, Text3 } from "../store/tables.ts";
import type { DocumentContext, PersonRef } from "./context.ts";
import { documentsError } from "./errors.ts";
import { TEMPLATE_KINDS } from "./texts.ts";

export type Purpose = "result" | "refusal";

export const HEAD_POSITION: Text3 = { kk: "Басшы", ru: "Руководитель", en: "Head" };

/** Staff roles that sign results, with the position printed under the signature. */
export const SIGNING_POSITIONS: Readonly<Record<string, Text3>> = {
  head: HEAD_POSITION,
  department_head: { kk: "Бөлім басшысы", ru: "Руководитель отдела", en: "Head of department" },
  akim: { kk: "Әкім", ru: "Аким", en: "Akim" },
};
export const SIGNING_ROLES = Object.keys(SIGNING_POSITIONS);

interface StoredPerson {
  iin?: string;
  surname?: string;
  givenName?: string;
  patronymic?: string;
  fullName?: string;
  birthDate?: string;
  address?: string;
}

const fullName = (p: StoredPerson): string =>
  p.fullName ?? [p.surname, p.givenName, p.patronymic].filter(Boolean).join(" ");

const personRef = (p: StoredPerson): PersonRef => ({
  iin: p.iin ?? "",
  name: fullName(p),
  birthDate: p.birthDate ?? null,
  address: p.address ?? null,
});

/** Results the standard names for the case's variant that have a template. */
function resultsOf(rules: CaseRules, variant: string | null): ResultDocument[] {
  return rules.version.standard.results.filter(
    (r) =>
      (r.variant === undefined || r.variant === variant) &&
      ((TEMPLATE_KINDS as string[]).includes(r.kind) || r.kind === "payment"),
  );
}

/** A payment is made under the provider's decision assigning it: that decision is the document issued. */
const documentKindOf = (r: ResultDocument): DocumentKind => (r.kind === "payment" ? "decision" : r.kind);

/**
 * The catalogue's result the document is: `resultId` when given; for a refusal the standard's
 * reasoned refusal (null when it names none — APPC art. 73–74 require one anyway); for a result the
 * first positive result, a notification only when the standard has nothing else.
 */
export function chooseResult(
  rules: CaseRules,
  variant: string | null,
  purpose: Purpose,
  resultId?: string,
): { kind: DocumentKind; result: ResultDocument | null } {
  const list = resultsOf(rules, variant);
  if (resultId !== undefined) {
    const r = list.find((x) => x.id === resultId);
    if (!r || (purpose === "refusal") !== (r.kind === "reasoned_refusal"))
      throw documentsError("DOCUMENT_KIND_UNSUPPORTED", {
        resultId,
        purpose,
        available: list.map((x) => x.id),
      });
    return { kind: documentKindOf(r), result: r };
  }
  if (purpose === "refusal") {
    const r = list.find((x) => x.kind === "reasoned_refusal") ?? null;
    return { kind: "reasoned_refusal", result: r };
  }
  const positive = list.filter(
    (x) => x.kind !== "reasoned_refusal" && x.kind !== "refusal_to_accept_receipt",
  );
  const r =
    positive.find((x) => x.kind !== "notification" && x.kind !== "payment") ??
    positive.find((x) => x.kind !== "notification") ??
    positive[0];
  if (!r)
    throw documentsError("DOCUMENT_KIND_UNSUPPORTED", {
      purpose,
      results: rules.version.standard.results.map((x) => x.kind),
    });
  return { kind: documentKindOf(r), result: r };
}

interface Preliminary {
  grounds: { n: number }[];
  reasoning: string;
  sentAt: string;
  hearingAt: string;
  place: string;
}
interface Hearing {
  heldAt: string;
  attended: boolean;
  objections: string | null;
  grounds?: number[];
  reasoning?: string;
}
interface StoredOutcome {
  kind: string;
  grounds?: number[];
  reasoning?: string;
}

/** The numbered grounds a refusal cites: the final decision's, else the hearing's, else the preliminary decision's. */
export function refusalGrounds(c: CaseRow): number[] {
  const outcome = c.outcome as StoredOutcome | null;
  const hearing = c.hearing as Hearing | null;
  const preliminary = c.preliminary_refusal as Preliminary | null;
  if (outcome?.kind === "refusal" && outcome.grounds?.length) return outcome.grounds;
  if (hearing?.grounds?.length) return hearing.grounds;
  return preliminary?.grounds.map((g) => g.n) ?? [];
}

/** The latest text an executor drafted on a step (the `document.text` of a completed step). */
function draftedText(c: CaseRow): string | null {
  const outputs = Object.values(c.outputs as Record<string, unknown>).filter(
    (o): o is { text: string; at: string } =>
      typeof o === "object" && o !== null && typeof (o as { text?: unknown }).text === "string",
  );
  outputs.sort((a, b) => (a.at < b.at ? -1 : 1));
  return outputs.at(-1)?.text ?? null;
}

export interface ContextInput {
  id: string;
  number: string;
  issuedAt: Date;
  purpose: Purpose;
  resultId?: string;
  signer: DocumentContext["signer"];
  verifyUrl: string | null;
  /** A document of the case that is not its result (a receipt): this kind, no catalogue result. */
  kind?: DocumentKind;
}

export async function caseDocumentContext(
  db: Kysely<Database>,
  catalog: Catalog,
  c: CaseRow,
  input: ContextInput,
): Promise<DocumentContext> {
  const rules = rulesOf(catalog, c);
  const { kind, result } = input.kind
    ? { kind: input.kind, result: null }
    : chooseResult(rules, c.variant, input.purpose, input.resultId);
  const provider = await db
    .selectFrom("providers")
    .selectAll()
    .where("id", "=", c.provider_id)
    .executeTakeFirstOrThrow();
  const office = c.intake_office_id
    ? await db.selectFrom("providers").selectAll().where("id", "=", c.intake_office_id).executeTakeFirst()
    : undefined;
  const standard = rules.version.standard;
  const grounds: Pick<RefusalGround, "n" | "text" | "provision" | "source">[] =
    input.purpose === "refusal"
      ? refusalGrounds(c).flatMap((n) => {
          const g = standard.refusalGrounds.find(
            (x) => x.n === n && (x.variant === undefined || x.variant === c.variant),
          );
          return g ? [g] : [];
        })
      : [];
  const preliminary = c.preliminary_refusal as Preliminary | null;
  const hearing = c.hearing as Hearing | null;
  const outcome = c.outcome as StoredOutcome | null;
  const rep = c.representative as {
    iin: string;
    fullName: string;
    powerOfAttorney: { number: string; date: string; notary: string };
  } | null;
  const handedIn = (c.documents as { id: string }[]).flatMap((d) => {
    const doc = standard.documents.find((x) => x.id === d.id);
    return doc ? [doc.title] : [];
  });
  const act = rules.version.act;
  return {
    id: input.id,
    kind,
    number: input.number,
    issuedAt: input.issuedAt,
    provider: { id: provider.id, name: provider.name, address: provider.address, bin: provider.bin },
    service: { code: rules.service.code, title: rules.service.titles },
    act: { title: act.title, number: act.number, date: act.date, issuedBy: act.issuedBy },
    result: result ? { title: result.title, form: result.form, source: result.source } : null,
    caseNumber: c.incoming_number,
    registeredAt: c.submitted_at,
    applicant: personRef(c.applicant as StoredPerson),
    representative: rep
      ? {
          iin: rep.iin,
          name: rep.fullName,
          powerOfAttorney: `№ ${rep.powerOfAttorney.number}, ${rep.powerOfAttorney.date}, ${rep.powerOfAttorney.notary}`,
        }
      : null,
    children: (c.children as StoredPerson[]).map(personRef),
    drafted: draftedText(c),
    grounds,
    reasoning:
      input.purpose === "refusal"
        ? (outcome?.reasoning ?? hearing?.reasoning ?? preliminary?.reasoning ?? null)
        : null,
    preliminary: preliminary
      ? { at: preliminary.sentAt, hearingAt: preliminary.hearingAt, place: preliminary.place }
      : null,
    hearing: hearing
      ? { heldAt: hearing.heldAt, attended: hearing.attended, objections: hearing.objections }
      : null,
    documents: handedIn,
    missing: [],
    office: office ? { id: office.id, name: office.name, address: office.address } : null,
    employee: null,
    deadline: c.deadline ? c.deadline.toISOString() : null,
    signer: input.signer,
    verifyUrl: input.verifyUrl,
  };
}

interface StoredReceipt {
  kind: "receipt" | "refusal_to_accept_receipt";
  number: string;
  at: string;
  officeName: Text3;
  officeAddress: Text3;
  office: string;
  employee: string | null;
  documents: { title: Text3 }[];
  missing: { title: Text3 }[];
  /** Absent from receipts made before waivers by record existed. */
  obtained?: { title: Text3; system: string }[];
  deadline: string | null;
}

/**
 * The receipt the office gave at intake (receipt of documents, or refusal to accept naming the
 * missing documents, 003 annex 7) as recorded in the case; null when the case has none.
 */
export async function receiptContext(
  db: Kysely<Database>,
  catalog: Catalog,
  c: CaseRow,
): Promise<DocumentContext | null> {
  const r = (c.outputs as { receipt?: StoredReceipt }).receipt;
  if (!r) return null;
  const base = await caseDocumentContext(db, catalog, c, {
    id: c.id,
    number: r.number,
    issuedAt: new Date(r.at),
    purpose: "result",
    signer: null,
    verifyUrl: null,
    kind: r.kind,
  });
  return {
    ...base,
    documents: r.documents.map((d) => d.title),
    missing: r.missing.map((d) => d.title),
    obtained: (r.obtained ?? []).map((d) => ({ title: d.title, system: d.system })),
    office: { id: r.office, name: r.officeName, address: r.officeAddress },
    employee: r.employee,
    deadline: r.deadline,
  };
}
