/**
 * Outgoing documents of a case: prepare (render the PDF from the case and give
 * it the provider's next outgoing number), sign (the authorised person's
 * detached CMS over the exact stored bytes, verified before it is kept), seal
 * (the provider's information system signs a fully automated result), and the
 * engine's issuer port, which refuses to close a case whose result is not
 * signed. Every change is one transaction with its event in the case history.
 */
import { createHash, randomUUID } from "node:crypto";
import type { Kysely, Selectable } from "kysely";
import { z } from "zod";
import type { Catalog } from "../catalog/schema.ts";
import type { Actor, StaffActor } from "../core/actor.ts";
import { parseInput } from "../core/input.ts";
import { recordEvent } from "../engine/actions.ts";
import { lockForProviderAction, requireStaff } from "../engine/authority.ts";
import type { CaseRules, IssuedDocument, ResultIssuer, Trx } from "../engine/context.ts";
import { lockCase } from "../engine/context.ts";
import { formatNumber, localYear, nextNumber } from "../engine/numbers.ts";
import { isOpen } from "../engine/walk.ts";
import { signCms, verifyCms } from "../pki/index.ts";
import type { Trust } from "../portal/trust.ts";
import { transaction } from "../store/deferred.ts";
import type { CaseRow, Database, DocumentSigner, DocumentsTable } from "../store/tables.ts";
import {
  caseDocumentContext,
  HEAD_POSITION,
  type Purpose,
  refusalGrounds,
  SIGNING_POSITIONS,
  SIGNING_ROLES,
} from "./case-context.ts";
import type { DocumentContext } from "./context.ts";
import { documentsError } from "./errors.ts";
import { ISSUE_LANGS, type IssueLang } from "./model.ts";
import type { SealKeys } from "./seal.ts";
import { renderDocument } from "./templates.ts";

export interface DocumentsDeps {
  db: Kysely<Database>;
  catalog: Catalog;
  now: () => Date;
  /** Roots and CRLs signatures are checked against; null: signing answers 503. */
  trust: Trust | null;
  /** The providers' seals for automated results; null: automated results cannot be issued. */
  seals: SealKeys | null;
  /** Public base URL printed in the QR code: `<publicUrl>/verify/<id>`. */
  publicUrl: string;
}

export type DocumentRow = Selectable<DocumentsTable>;

export const PrepareInput = z.strictObject({
  purpose: z.enum(["result", "refusal"]),
  /** One language, or "kk+ru": the bilingual form, the Kazakh text then the Russian under one number. */
  lang: z.enum(ISSUE_LANGS).default("kk"),
  /** The catalogue's result document, when the standard names several. */
  resultId: z.string().min(1).max(100).optional(),
  /** Who will sign (a head of the provider); default: the actor if they may sign, else the provider's head. */
  signerId: z.string().min(1).max(100).optional(),
});

export const SignInput = z.strictObject({
  /** Detached CMS (DER, base64) over the document's PDF bytes. */
  signature: z.string().min(16).max(200_000),
});

function parse<T>(schema: z.ZodType<T>, raw: unknown): T {
  return parseInput(schema, raw, (issues) => documentsError("DOCUMENT_INPUT_INVALID", { issues }));
}

export const sha256Hex = (bytes: Uint8Array): string => createHash("sha256").update(bytes).digest("hex");

const verifyUrl = (deps: DocumentsDeps, id: string) => `${deps.publicUrl.replace(/\/$/, "")}/verify/${id}`;

interface Facts {
  resultId: string | null;
  grounds: number[];
  signerStaffId: string | null;
}

/** Renders the case's document and records it (prepared, or signed when `sign` is given). */
async function writeDocument(
  trx: Trx,
  deps: DocumentsDeps,
  c: CaseRow,
  o: {
    purpose: Purpose;
    lang: IssueLang;
    resultId?: string;
    signer: NonNullable<DocumentContext["signer"]>;
    signerStaffId: string | null;
    by: string;
    now: Date;
  },
): Promise<DocumentRow> {
  const id = randomUUID();
  const year = localYear(o.now);
  const seq = await nextNumber(trx, c.provider_id, year, "outgoing");
  const number = formatNumber(c.provider_id, year, seq, "OUT");
  const ctx = await caseDocumentContext(trx, deps.catalog, c, {
    id,
    number,
    issuedAt: o.now,
    purpose: o.purpose,
    ...(o.resultId ? { resultId: o.resultId } : {}),
    signer: o.signer,
    verifyUrl: verifyUrl(deps, id),
  });
  const pdf = await renderDocument(ctx, o.lang);
  const facts: Facts = {
    resultId: o.resultId ?? null,
    grounds: o.purpose === "refusal" ? ctx.grounds.map((g) => g.n) : [],
    signerStaffId: o.signerStaffId,
  };
  return trx
    .insertInto("documents")
    .values({
      id,
      case_id: c.id,
      provider_id: c.provider_id,
      purpose: o.purpose,
      kind: ctx.kind,
      lang: o.lang,
      number,
      year,
      seq,
      title: JSON.stringify(ctx.result?.title ?? ctx.service.title),
      facts: JSON.stringify(facts),
      pdf,
      sha256: sha256Hex(pdf),
      status: "prepared",
      signature: null,
      signer: null,
      signed_at: null,
      prepared_at: o.now,
      prepared_by: o.by,
    })
    .returningAll()
    .executeTakeFirstOrThrow() as Promise<DocumentRow>;
}

/** The staff member who will sign: the one named, else the actor if they may sign, else the provider's first head. */
async function chooseSigner(trx: Trx, actor: StaffActor, c: CaseRow, signerId?: string) {
  const rows = await trx
    .selectFrom("staff")
    .select(["id", "full_name", "roles"])
    .where("provider_id", "=", c.provider_id)
    .where("active", "=", true)
    .orderBy("id")
    .execute();
  const signingRole = (roles: readonly string[]) => roles.find((x) => SIGNING_ROLES.includes(x));
  const wanted = signerId ?? (signingRole(actor.roles) ? actor.staffId : undefined);
  const row = wanted
    ? rows.find((r) => r.id === wanted)
    : (rows.find((r) => r.roles.includes("head")) ?? rows.find((r) => signingRole(r.roles)));
  const role = row ? signingRole(row.roles) : undefined;
  if (!row || !role)
    throw documentsError("DOCUMENT_SIGNER_NOT_ALLOWED", {
      signerId: wanted ?? null,
      providerId: c.provider_id,
    });
  return { id: row.id, name: row.full_name, position: SIGNING_POSITIONS[role] ?? HEAD_POSITION };
}

/**
 * The executor (or the head) prepares the case's result or reasoned refusal: rendered from the
 * case as it stands, numbered, awaiting the signer's EDS. A reasoned refusal only after the
 * preliminary decision and the hearing (APPC art. 73–74). Preparing again cancels the earlier
 * unsigned version (its number stays in the journal, marked cancelled).
 */
export async function prepareDocument(
  deps: DocumentsDeps,
  actor: Actor,
  caseId: string,
  raw: unknown,
): Promise<DocumentRow> {
  const input = parse(PrepareInput, raw);
  requireStaff(actor);
  return transaction(deps.db, async (trx) => {
    const now = deps.now();
    const c = await lockForProviderAction(trx, actor, caseId);
    if (input.purpose === "refusal" && (!c.preliminary_refusal || !c.hearing))
      throw documentsError("RESULT_NOT_DUE", { caseId, purpose: input.purpose, reason: "hearing-required" });
    const signed = await signedDocument(trx, c.id, input.purpose);
    if (signed)
      throw documentsError("DOCUMENT_ALREADY_SIGNED", { documentId: signed.id, number: signed.number });
    const signer = await chooseSigner(trx, actor, c, input.signerId);
    const cancelled = await trx
      .updateTable("documents")
      .set({ status: "cancelled" })
      .where("case_id", "=", c.id)
      .where("purpose", "=", input.purpose)
      .where("status", "=", "prepared")
      .returning(["id", "number"])
      .execute();
    const doc = await writeDocument(trx, deps, c, {
      purpose: input.purpose,
      lang: input.lang,
      ...(input.resultId ? { resultId: input.resultId } : {}),
      signer: { name: signer.name, position: signer.position, seal: false },
      signerStaffId: signer.id,
      by: actor.staffId,
      now,
    });
    await recordEvent(trx, c, actor, now, "document.prepared", {
      documentId: doc.id,
      number: doc.number,
      purpose: doc.purpose,
      kind: doc.kind,
      lang: doc.lang,
      sha256: doc.sha256,
      signerId: signer.id,
      cancelled: cancelled.map((d) => d.number),
    });
    return doc;
  });
}

/** The roots signatures are checked against, or 503 SIGNING_UNAVAILABLE when none are configured. */
export function requireTrust(deps: { trust: Trust | null }): Trust {
  if (!deps.trust) throw documentsError("SIGNING_UNAVAILABLE");
  return deps.trust;
}

async function signedDocument(db: Kysely<Database>, caseId: string, purpose: Purpose) {
  return db
    .selectFrom("documents")
    .select(["id", "number", "facts", "sealed"])
    .where("case_id", "=", caseId)
    .where("purpose", "=", purpose)
    .where("status", "=", "signed")
    .executeTakeFirst();
}

/**
 * The signer named on the prepared document signs it: a detached CMS over the exact stored PDF
 * bytes, checked (chain, validity, revocation, signing key) and bound to the signer's IIN, the
 * provider's BIN and a role that may sign for the organisation (first head or right to sign).
 */
export async function signDocument(
  deps: DocumentsDeps,
  actor: Actor,
  documentId: string,
  raw: unknown,
): Promise<DocumentRow> {
  const input = parse(SignInput, raw);
  requireStaff(actor);
  const trust = requireTrust(deps);
  const signature = Buffer.from(input.signature, "base64");
  return transaction(deps.db, async (trx) => {
    const now = deps.now();
    const found = await trx
      .selectFrom("documents")
      .select("case_id")
      .where("id", "=", documentId)
      .executeTakeFirst();
    if (!found) throw documentsError("DOCUMENT_NOT_FOUND", { documentId });
    const c = await lockCase(trx, found.case_id);
    const doc = (await trx
      .selectFrom("documents")
      .selectAll()
      .where("id", "=", documentId)
      .forUpdate()
      .executeTakeFirstOrThrow()) as DocumentRow;
    if (doc.status !== "prepared" || !isOpen(c))
      throw documentsError("DOCUMENT_NOT_PREPARED", { documentId, status: doc.status, caseStatus: c.status });
    const facts = doc.facts as unknown as Facts;
    if (actor.providerId !== c.provider_id || facts.signerStaffId !== actor.staffId)
      throw documentsError("DOCUMENT_SIGNER_NOT_ALLOWED", { documentId, signerId: facts.signerStaffId });
    const provider = await trx
      .selectFrom("providers")
      .select("bin")
      .where("id", "=", c.provider_id)
      .executeTakeFirstOrThrow();
    const verified = await verifyCms(signature, doc.pdf, {
      trustedRoots: trust.roots,
      crls: await trust.crls(),
      at: now,
      expect: { iin: actor.iin, bin: provider.bin, roles: ["head", "signer"] },
    });
    const role = actor.roles.find((r) => SIGNING_ROLES.includes(r)) ?? "head";
    const signer: DocumentSigner = {
      name: actor.fullName,
      iin: verified.signer.iin,
      bin: verified.signer.bin,
      organisation: verified.certificate.subjectName.getField("2.5.4.10")[0] ?? null,
      roles: verified.signer.roles,
      serial: verified.signer.serial,
      staffId: actor.staffId,
      position: SIGNING_POSITIONS[role] ?? HEAD_POSITION,
    };
    const updated = (await trx
      .updateTable("documents")
      .set({ status: "signed", signature, signer: JSON.stringify(signer), signed_at: now })
      .where("id", "=", doc.id)
      .returningAll()
      .executeTakeFirstOrThrow()) as DocumentRow;
    await recordEvent(trx, c, actor, now, "document.signed", {
      documentId: doc.id,
      number: doc.number,
      sha256: doc.sha256,
      certificate: verified.signer.serial,
    });
    return updated;
  });
}

/** Did a person of the provider handle the case? Then a person signs its result; else the provider's seal does. */
async function handledByStaff(trx: Trx, c: CaseRow): Promise<boolean> {
  const row = await trx
    .selectFrom("tasks")
    .select("id")
    .where("case_id", "=", c.id)
    .where("org_id", "=", c.provider_id)
    .where("done_at", "is not", null)
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}

async function seal(
  trx: Trx,
  deps: DocumentsDeps,
  c: CaseRow,
  purpose: Purpose,
  now: Date,
): Promise<DocumentRow> {
  if (!deps.seals || !deps.trust) throw documentsError("SIGNING_UNAVAILABLE", { caseId: c.id });
  const provider = await trx
    .selectFrom("providers")
    .select(["id", "bin", "name"])
    .where("id", "=", c.provider_id)
    .executeTakeFirstOrThrow();
  const name = provider.name.ru;
  const doc = await writeDocument(trx, deps, c, {
    purpose,
    lang: "kk",
    signer: { name: provider.name.kk, position: HEAD_POSITION, seal: true },
    signerStaffId: null,
    by: "system:information_system",
    now,
  });
  const key = await deps.seals.sealFor({ id: provider.id, bin: provider.bin, name });
  const signature = await signCms(doc.pdf, key.privateKey, key.certificate, {
    signingTime: now,
    chain: key.chain,
  });
  const signer: DocumentSigner = {
    name: provider.name.kk,
    iin: null,
    bin: provider.bin,
    organisation: name,
    roles: ["organisation"],
    serial: key.certificate.serialNumber.toLowerCase(),
    staffId: null,
    position: { kk: "Ақпараттық жүйе", ru: "Информационная система", en: "Information system" },
  };
  return (await trx
    .updateTable("documents")
    .set({ status: "signed", signature, signer: JSON.stringify(signer), signed_at: now, sealed: true })
    .where("id", "=", doc.id)
    .returningAll()
    .executeTakeFirstOrThrow()) as DocumentRow;
}

const sameGrounds = (a: readonly number[], b: readonly number[]) =>
  [...a].sort().join(",") === [...b].sort().join(",");

/** The signed document of the case for this outcome, refused when it states other grounds than decided. */
async function signedFor(trx: Trx, c: CaseRow, purpose: Purpose, outcome: { grounds?: number[] }) {
  const signed = await signedDocument(trx, c.id, purpose);
  if (!signed) return undefined;
  const stated = (signed.facts as unknown as Facts).grounds;
  if (purpose === "refusal" && outcome.grounds && !sameGrounds(stated, outcome.grounds))
    throw documentsError("RESULT_NOT_SIGNED", {
      caseId: c.id,
      purpose,
      reason: "grounds-differ",
      signed: stated,
      decided: outcome.grounds,
    });
  return signed;
}

const purposeOf = (kind: string): Purpose | null =>
  kind === "result" ? "result" : kind === "refusal" ? "refusal" : null;

/** The engine's port: nothing closes as issued or refused without its signed document. */
export function documentIssuer(deps: DocumentsDeps): ResultIssuer {
  return {
    async check(trx, c, outcome) {
      const purpose = purposeOf(outcome.kind);
      if (purpose) await signedFor(trx, c, purpose, outcome);
    },
    async issue(trx: Trx, c: CaseRow, _rules: CaseRules, outcome, now): Promise<IssuedDocument | null> {
      const purpose = purposeOf(outcome.kind);
      if (!purpose) return null;
      const signed = await signedFor(trx, c, purpose, outcome);
      if (signed) return { id: signed.id, number: signed.number, sealed: signed.sealed };
      if (await handledByStaff(trx, c))
        throw documentsError("RESULT_NOT_SIGNED", { caseId: c.id, purpose, grounds: refusalGrounds(c) });
      const doc = await seal(trx, deps, c, purpose, now);
      return { id: doc.id, number: doc.number, sealed: true };
    },
  };
}
