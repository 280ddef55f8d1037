/**
 * Issuing signed results (issue 7, items 3–5): nothing is issued unsigned; the authorised person
 * signs the exact PDF bytes with an EDS bound to their IIN, the provider's BIN and a signing role;
 * a fully automated result carries the provider's seal; anyone can verify a document by id or by
 * file; the outgoing journal is gap-free.
 */
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { findService, findVersion } from "../catalog/lookup.ts";
import type { StaffActor } from "../core/actor.ts";
import { isQyzmetError } from "../core/errors.ts";
import { completeStep, getCase, submitApplication } from "../engine/index.ts";
import { decideAfterHearing, recordHearing, sendPreliminaryRefusal } from "../engine/refusal.ts";
import { engineFixture, type Fixture, fullPackage, testIin } from "../engine/testing.ts";
import type { Outcome } from "../engine/walk.ts";
import { verifyChains } from "../history/index.ts";
import {
  type CertificationAuthority,
  createCa,
  issueCertificate,
  type KeyMaterial,
  makeCrl,
  type OrgRole,
  signCms,
} from "../pki/index.ts";
import type { Trust } from "../portal/trust.ts";
import type { Store } from "../store/index.ts";
import { openTestStore } from "../store/testing.ts";
import {
  caSealKeys,
  caseDocuments,
  type DocumentsDeps,
  documentIssuer,
  outgoingJournal,
  prepareDocument,
  signDocument,
  verifyById,
  verifyFile,
} from "./index.ts";
import { extractText } from "./pdf-text.ts";

const HOUR = 3_600_000;
const BIN = "000000000000"; // the fixture's providers
const VALID_FROM = new Date("2025-01-01T00:00:00Z"); // the fixture's clock runs in March 2026

async function rejects(p: Promise<unknown>, code: string) {
  await assert.rejects(p, (e) => {
    if (!isQyzmetError(e)) throw e;
    assert.equal(e.code, code, JSON.stringify(e.details));
    return true;
  });
}

describe("signed results and their verification (issue 7)", () => {
  let store: Store;
  let f: Fixture;
  let ca: CertificationAuthority;
  let trust: Trust;
  let docs: DocumentsDeps;
  let edu: string;
  let sc: string;
  const keys = new Map<string, KeyMaterial>();

  const keyOf = async (staff: StaffActor, role: OrgRole = "head", bin = BIN, authority = ca) => {
    const k = `${staff.staffId}/${role}/${bin}/${authority === ca ? "ca" : "other"}`;
    let key = keys.get(k);
    if (!key) {
      key = await issueCertificate(authority, {
        holder: {
          iin: staff.iin,
          surname: "Оспанов",
          givenName: "Ерлан",
          organisation: { bin, name: staff.providerId ?? "", role },
        },
        purpose: "signing",
        notBefore: VALID_FROM,
        days: 3650,
      });
      keys.set(k, key);
    }
    return key;
  };
  const signAs = async (staff: StaffActor, documentId: string, key?: KeyMaterial) => {
    const row = await store.db
      .selectFrom("documents")
      .select("pdf")
      .where("id", "=", documentId)
      .executeTakeFirstOrThrow();
    const k = key ?? (await keyOf(staff));
    const cms = await signCms(row.pdf, k.privateKey, k.certificate, {
      chain: k.chain,
      signingTime: f.deps.now(),
    });
    return signDocument(docs, staff, documentId, { signature: Buffer.from(cms).toString("base64") });
  };

  before(async () => {
    store = await openTestStore();
    f = await engineFixture(store, "abai", "D");
    ca = await createCa({ notBefore: VALID_FROM });
    trust = { roots: [ca.certificate], crls: async () => [await makeCrl(ca, [])] };
    docs = {
      db: store.db,
      catalog: f.deps.catalog,
      now: f.deps.now,
      trust,
      seals: caSealKeys(ca),
      publicUrl: "https://qyzmet.example.kz",
    };
    f.deps.issuer = documentIssuer(docs);
    edu = f.providers.district_education_department as string;
    sc = f.providers.state_corporation_branch as string;
  });
  after(async () => store.close());

  const version = () =>
    findVersion(findService(f.deps.catalog, "guardianship-establishment"), "national-2022");
  const submit = (key: string) =>
    submitApplication(f.deps, f.staff(sc, "state_corporation_operator"), {
      idempotencyKey: key,
      serviceCode: "guardianship-establishment",
      channel: "state_corporation",
      regionCode: "abai",
      providerId: edu,
      applicant: { iin: testIin("1988-02-10", "f", 7), surname: "Сейітова", givenName: "Әсел" },
      children: [{ fullName: "Нұрланұлы Ғалым", birthDate: "2018-04-01" }],
      documents: fullPackage(version(), "state_corporation"),
    });

  let issuedId = "";

  it("the order establishing guardianship is not issued unsigned; the head signs the exact PDF and the case closes with it (003 Guardianship-establishment Rules p. 11; Law on State Services art. 5)", async () => {
    f.setNow("2026-03-02T10:00");
    const { case: c0 } = await submit("docs-order-1");
    const executor = f.staff(edu, "responsible_executor");
    const head = f.staff(edu, "head");
    f.advance(HOUR);
    await completeStep(f.deps, executor, c0.id, { stepId: "no-refusal-grounds", answer: "yes" });
    f.advance(HOUR);
    // Completing the head's step would close nothing yet (the State Corporation hands out), but
    // handing out an unsigned result must fail.
    await completeStep(f.deps, head, c0.id, { stepId: "issue-order" });
    const operator = f.staff(sc, "state_corporation_operator");
    await rejects(completeStep(f.deps, operator, c0.id, { stepId: "issue-result" }), "RESULT_NOT_SIGNED");
    assert.equal((await getCase(f.deps, head, c0.id)).case.status, "in_progress");

    // The executor drafts; the head is the signer named on it.
    const draft = await prepareDocument(docs, executor, c0.id, { purpose: "result", lang: "kk" });
    assert.equal(draft.status, "prepared");
    assert.equal(draft.kind, "order");
    assert.match(draft.number, /^D-EDU-OUT-2026-000001$/);
    const text = await extractText(draft.pdf);
    for (const needle of [
      draft.number,
      "БҰЙРЫҚ",
      "Сейітова Әсел",
      "Нұрланұлы Ғалым",
      "қамқоршылық",
      head.fullName,
    ])
      assert.ok(text.includes(needle), `PDF text lacks ${needle}`);

    // Wrong signers are refused and change nothing.
    await rejects(signAs(executor, draft.id, await keyOf(executor)), "DOCUMENT_SIGNER_NOT_ALLOWED");
    await rejects(signAs(head, draft.id, await keyOf(head, "head", "111111111111")), "EDS_BIN_MISMATCH");
    await rejects(signAs(head, draft.id, await keyOf(head, "employee")), "EDS_ROLE_NOT_ALLOWED");
    await rejects(signAs(head, draft.id, await keyOf(executor)), "EDS_IIN_MISMATCH");
    const other = await createCa({ commonName: "Not the NCA", notBefore: VALID_FROM });
    await rejects(signAs(head, draft.id, await keyOf(head, "head", BIN, other)), "EDS_UNTRUSTED_CHAIN");
    const still = await store.db
      .selectFrom("documents")
      .select("status")
      .where("id", "=", draft.id)
      .executeTakeFirstOrThrow();
    assert.equal(still.status, "prepared");

    const signed = await signAs(head, draft.id);
    assert.equal(signed.status, "signed");
    await rejects(signAs(head, draft.id), "DOCUMENT_NOT_PREPARED");

    const closed = await completeStep(f.deps, operator, c0.id, { stepId: "issue-result" });
    assert.equal(closed.status, "issued");
    const outcome = closed.outcome as Outcome;
    assert.deepEqual(outcome.document, { id: draft.id, number: draft.number, sealed: false });
    assert.equal((await verifyChains(store.db, c0.id)).breaks.length, 0);
    issuedId = draft.id;
  });

  it("verification accepts the issued document by id and by file, with the applicant's IIN masked", async () => {
    const byId = await verifyById(store.db, trust, issuedId);
    assert.equal(byId.verdict, "genuine");
    assert.match(byId.document?.applicantIin ?? "", /^\d{4}\*{6}\d{2}$/);
    assert.equal(byId.document?.signer.sealed, false);
    const row = await store.db
      .selectFrom("documents")
      .selectAll()
      .where("id", "=", issuedId)
      .executeTakeFirstOrThrow();
    const file = await verifyFile(store.db, trust, row.pdf);
    assert.equal(file.verdict, "genuine");
    const withSig = await verifyFile(store.db, trust, row.pdf, row.signature ?? undefined);
    assert.equal(withSig.verdict, "genuine");
  });

  it("verification rejects a changed byte, a foreign signature and an unknown id", async () => {
    const row = await store.db
      .selectFrom("documents")
      .selectAll()
      .where("id", "=", issuedId)
      .executeTakeFirstOrThrow();
    const changed = Uint8Array.from(row.pdf);
    const at = changed.length - 200;
    changed[at] = (changed[at] as number) ^ 0x01;
    assert.equal((await verifyFile(store.db, trust, changed)).verdict, "changed");

    // A valid signature over the same bytes, but by someone else's key: not what was issued.
    const stranger = await keyOf(f.staff(edu, "head", 2));
    const foreign = await signCms(row.pdf, stranger.privateKey, stranger.certificate, {
      chain: stranger.chain,
    });
    const v = await verifyFile(store.db, trust, row.pdf, foreign);
    assert.equal(v.verdict, "foreign-signature");
    assert.equal(v.reason, "SIGNATURE_NOT_ISSUED");
    const garbage = await verifyFile(store.db, trust, row.pdf, new Uint8Array([48, 3, 2, 1, 0]));
    assert.equal(garbage.verdict, "foreign-signature");

    assert.equal(
      (await verifyById(store.db, trust, "00000000-0000-4000-8000-000000000000")).verdict,
      "unknown",
    );
    assert.equal((await verifyById(store.db, trust, "not-an-id")).verdict, "unknown");
    assert.equal(
      (await verifyFile(store.db, trust, new TextEncoder().encode("%PDF-1.3 nothing"))).verdict,
      "unknown",
    );
  });

  it("an issued document never changes and is never deleted (trigger)", async () => {
    await assert.rejects(
      store.db
        .updateTable("documents")
        .set({ sha256: "0".repeat(64) })
        .where("id", "=", issuedId)
        .execute(),
    );
    await assert.rejects(store.db.deleteFrom("documents").where("id", "=", issuedId).execute());
    await assert.rejects(
      store.db.updateTable("documents").set({ status: "cancelled" }).where("id", "=", issuedId).execute(),
    );
  });

  it("a reasoned refusal is signed after the hearing and must cite the grounds decided (APPC art. 73–74; 003 Guardianship-establishment Rules p. 9)", async () => {
    f.setNow("2026-03-03T10:00");
    const { case: c0 } = await submit("docs-refusal-1");
    const executor = f.staff(edu, "responsible_executor");
    const head = f.staff(edu, "head");
    await rejects(prepareDocument(docs, executor, c0.id, { purpose: "refusal" }), "RESULT_NOT_DUE");
    f.advance(HOUR);
    await sendPreliminaryRefusal(f.deps, executor, c0.id, {
      grounds: [2],
      reasoning: "Өтініш беруші талаптарға сай емес",
      hearingAt: "2026-03-05T11:00",
      place: "Room 5",
    });
    f.setNow("2026-03-05T12:00");
    await recordHearing(f.deps, executor, c0.id, { attended: true, objections: "Келіспеймін" });
    const draft = await prepareDocument(docs, executor, c0.id, { purpose: "refusal", lang: "ru" });
    assert.equal(draft.kind, "reasoned_refusal");
    const text = await extractText(draft.pdf);
    assert.ok(text.includes("МОТИВИРОВАННЫЙ ОТКАЗ"), text.slice(0, 300));
    await signAs(head, draft.id);
    // Deciding on other grounds than the signed refusal states is refused, and changes nothing.
    await rejects(
      decideAfterHearing(f.deps, executor, c0.id, { decision: "refuse", grounds: [1], reasoning: "other" }),
      "RESULT_NOT_SIGNED",
    );
    let c = await decideAfterHearing(f.deps, executor, c0.id, {
      decision: "refuse",
      grounds: [2],
      reasoning: "Возражения не устраняют основание",
    });
    if (c.status !== "refused")
      c = await completeStep(f.deps, f.staff(sc, "state_corporation_operator"), c0.id, {
        stepId: c.cursor as string,
      });
    assert.equal(c.status, "refused");
    assert.equal((c.outcome as Outcome).document?.id, draft.id);
  });

  it("the outgoing journal is gap-free: a re-prepared draft keeps its number as cancelled", async () => {
    f.setNow("2026-03-04T10:00");
    const { case: c0 } = await submit("docs-journal-1");
    const executor = f.staff(edu, "responsible_executor");
    const a = await prepareDocument(docs, executor, c0.id, { purpose: "result" });
    const b = await prepareDocument(docs, executor, c0.id, { purpose: "result", lang: "ru" });
    const list = await caseDocuments(store.db, c0.id);
    assert.deepEqual(
      list.map((d) => [d.number, d.status]),
      [
        [a.number, "cancelled"],
        [b.number, "prepared"],
      ],
    );
    const journal = await outgoingJournal(store.db, edu, 2026);
    assert.deepEqual(
      journal.map((r) => r.seq),
      journal.map((_, i) => i + 1),
    );
    assert.ok(journal.length >= 4);
  });

  it("a fully automated result carries the provider's seal (003 Guardianship-certificate Rules annex 2, row 4: fully automated)", async () => {
    f.setNow("2026-03-05T10:00");
    const v = findVersion(findService(f.deps.catalog, "guardianship-certificate"), "national-2022");
    const r = await submitApplication(
      f.deps,
      { kind: "system", name: "gateway" },
      {
        idempotencyKey: "docs-sealed-1",
        serviceCode: "guardianship-certificate",
        channel: "portal",
        regionCode: "abai",
        providerId: edu,
        applicant: { iin: testIin("1980-07-07", "m", 9), surname: "Ахметов", givenName: "Ерлан" },
        children: [{ fullName: "Ахметов Әлихан", birthDate: "2016-01-01" }],
        documents: fullPackage(v, "portal"),
      },
    );
    assert.equal(r.case.status, "issued");
    const doc = (r.case.outcome as Outcome).document;
    assert.equal(doc?.sealed, true);
    const verdict = await verifyById(store.db, trust, doc?.id ?? "");
    assert.equal(verdict.verdict, "genuine");
    assert.equal(verdict.document?.kind, "certificate");
    assert.equal(verdict.document?.signer.sealed, true);
  });
});
