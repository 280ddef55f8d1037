/**
 * The documents API (issue 7): a result is not issued unsigned (409 RESULT_NOT_SIGNED, in the
 * reader's language); the head prepares it, downloads the exact PDF, signs it with EDS and the
 * case closes with it; anyone verifies it by id, by file or on the public page; the outgoing
 * journal lists it.
 */
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import type { FastifyInstance } from "fastify";
import { defaultCalendar, parseLocalDateTime } from "../calendar/index.ts";
import { loadCatalog } from "../catalog/catalog.ts";
import { findService, findVersion } from "../catalog/lookup.ts";
import { runToEnd } from "../demo/autopilot.ts";
import { httpClient } from "../demo/http-client.ts";
import { caStaffKeys, signBase64 } from "../demo/staff-keys.ts";
import { caSealKeys } from "../documents/index.ts";
import { extractText } from "../documents/pdf-text.ts";
import { fullPackage } from "../engine/testing.ts";
import { nextIin } from "../iin/iin.ts";
import { seedOrganisation } from "../org/index.ts";
import { type CertificationAuthority, createCa, makeCrl } from "../pki/index.ts";
import type { Store } from "../store/index.ts";
import { openTestStore } from "../store/testing.ts";
import { buildServer } from "./server.ts";
import { injectSend, staffKeyOf, staffSessions } from "./testing.ts";

const catalog = loadCatalog();
const TOKEN = "gateway-token-for-tests-0000";
const meals = findVersion(findService(catalog, "school-meals"), "national-2022");

/** A school-meals application at the Astana district office; `serial` makes the applicant. */
function mealsAtOffice(idempotencyKey: string, serial: number, documents: unknown[]) {
  return {
    idempotencyKey,
    serviceCode: "school-meals",
    channel: "provider_office",
    regionCode: "astana",
    districtId: "ast-d01",
    providerId: "AST-D01-EDU",
    applicant: {
      iin: nextIin({ birthDate: `198${serial % 10}-03-03`, sex: "f", serial }).iin,
      surname: "Қасымова",
      givenName: "Гүлнар",
    },
    children: [{ fullName: "Қасымов Әли", birthDate: "2016-01-01" }],
    documents,
  };
}

describe("documents API", () => {
  let store: Store;
  let app: FastifyInstance;
  let ca: CertificationAuthority;
  const clock = { now: parseLocalDateTime("2026-03-02T10:00") };
  let keys: ReturnType<typeof caStaffKeys>;
  const send = injectSend(() => app);
  const as = staffSessions(() => app);
  before(async () => {
    store = await openTestStore();
    await seedOrganisation(store.admin, { population: { count: 0 } });
    ca = await createCa({ notBefore: new Date("2025-01-01T00:00:00Z") });
    keys = caStaffKeys(ca);
    app = await buildServer({
      store,
      calendar: defaultCalendar(),
      catalog,
      now: () => new Date(clock.now),
      gatewayToken: TOKEN,
      trust: { roots: [ca.certificate], crls: async () => [await makeCrl(ca, [])] },
      seals: caSealKeys(ca),
      publicUrl: "https://qyzmet.example.kz",
    });
  });
  const keyOf = staffKeyOf(
    () => store.db,
    () => keys,
  );
  after(async () => {
    await app.close();
    await store.close();
  });

  let documentId = "";
  let caseId = "";

  it("school meals at the provider's office: the result is not issued unsigned; the head signs the PDF with EDS and the case is issued with it (003 school-meals standard, result row)", async () => {
    const unsigned = httpClient(send, { gatewayToken: TOKEN, clock });
    const c = await unsigned.submit(
      { orgId: "AST-D01-EDU", role: "office_clerk" },
      mealsAtOffice("documents-api-1", 41, fullPackage(meals, "provider_office")),
    );
    caseId = c.id;
    const procedure = meals.procedures.find((p) => p.channel === "provider_office");
    assert.ok(procedure);
    // Without a key the autopilot stops exactly where the result must be signed.
    await assert.rejects(
      runToEnd({ client: unsigned, cal: defaultCalendar(), procedure, caseId: c.id }),
      /must be signed, and no key is configured/,
    );
    const open = await app.inject({
      method: "GET",
      url: `/api/v1/cases/${c.id}`,
      headers: await as("kz.supervisor"),
    });
    const view = JSON.parse(open.body) as {
      case: { status: string; currentStep: string };
      tasks: { role: string; doneAt: string | null }[];
    };
    assert.equal(view.case.status, "in_progress");
    const task = view.tasks.find((t) => t.doneAt === null);
    assert.ok(task);
    const holder =
      task.role === "head"
        ? "ast-d01-edu.head"
        : task.role === "office_clerk"
          ? "ast-d01-edu.clerk"
          : "ast-d01-edu.executor";
    const refused = await app.inject({
      method: "POST",
      url: `/api/v1/cases/${c.id}/steps?lang=ru`,
      headers: await as(holder),
      payload: { stepId: view.case.currentStep },
    });
    assert.equal(refused.statusCode, 409, refused.body);
    const problem = JSON.parse(refused.body);
    assert.equal(problem.code, "RESULT_NOT_SIGNED");
    assert.match(problem.detail, /не подписан/);

    // The head prepares the result and downloads the exact bytes to sign.
    const head = await as("ast-d01-edu.head");
    const prepared = await app.inject({
      method: "POST",
      url: `/api/v1/cases/${c.id}/documents`,
      headers: head,
      payload: { purpose: "result", lang: "kk" },
    });
    assert.equal(prepared.statusCode, 201, prepared.body);
    const doc = JSON.parse(prepared.body).document as {
      id: string;
      number: string;
      status: string;
      sha256: string;
    };
    assert.equal(doc.status, "prepared");
    assert.match(doc.number, /^AST-D01-EDU-OUT-2026-\d{6}$/);
    const pdf = await app.inject({ method: "GET", url: `/api/v1/documents/${doc.id}/pdf`, headers: head });
    assert.equal(pdf.statusCode, 200);
    assert.equal(pdf.headers["content-type"], "application/pdf");
    const bytes = new Uint8Array(pdf.rawPayload);
    assert.equal(Buffer.from(bytes.subarray(0, 5)).toString(), "%PDF-");
    // The case's list names who is to sign the prepared document (the workstation offers it to them).
    const listed = await app.inject({ method: "GET", url: `/api/v1/cases/${c.id}/documents`, headers: head });
    const me = JSON.parse((await app.inject({ method: "GET", url: "/api/v1/auth/me", headers: head })).body);
    assert.deepEqual(
      (JSON.parse(listed.body).items as { id: string; signerStaffId: string | null }[]).map((d) => [
        d.id,
        d.signerStaffId,
      ]),
      [[doc.id, me.actor.staffId]],
    );

    // Signed with the executor's key: refused, typed, in the reader's language; nothing changes.
    const wrong = await app.inject({
      method: "POST",
      url: `/api/v1/documents/${doc.id}/signature?lang=en`,
      headers: head,
      payload: {
        signature: await signBase64(await keyOf("ast-d01-edu.executor"), bytes, new Date(clock.now)),
      },
    });
    assert.equal(wrong.statusCode, 422, wrong.body);
    assert.equal(JSON.parse(wrong.body).code, "EDS_IIN_MISMATCH");
    const good = await app.inject({
      method: "POST",
      url: `/api/v1/documents/${doc.id}/signature`,
      headers: head,
      payload: { signature: await signBase64(await keyOf("ast-d01-edu.head"), bytes, new Date(clock.now)) },
    });
    assert.equal(good.statusCode, 200, good.body);
    assert.equal(JSON.parse(good.body).document.status, "signed");

    const signed = httpClient(send, { gatewayToken: TOKEN, clock, keyOf });
    const end = await runToEnd({ client: signed, cal: defaultCalendar(), procedure, caseId: c.id });
    assert.equal(end.status, "issued");
    const list = await app.inject({ method: "GET", url: `/api/v1/cases/${c.id}/documents`, headers: head });
    const items = JSON.parse(list.body).items as { id: string; status: string }[];
    assert.deepEqual(
      items.map((d) => [d.id, d.status]),
      [[doc.id, "signed"]],
    );
    documentId = doc.id;
  });

  it("anyone verifies it: by id, by the file (raw or with its signature), on the public page; a changed file and an unknown id are reported", async () => {
    const byId = await app.inject({ method: "GET", url: `/api/v1/verify/${documentId}` });
    assert.equal(byId.statusCode, 200);
    const v = JSON.parse(byId.body);
    assert.equal(v.verdict, "genuine");
    assert.match(v.document.applicantIin, /^\d{4}\*{6}\d{2}$/);
    assert.ok(!byId.body.includes(nextIin({ birthDate: "1985-03-03", sex: "f", serial: 41 }).iin));

    const pdf = await app.inject({
      method: "GET",
      url: `/api/v1/documents/${documentId}/pdf`,
      headers: await as("ast-d01-edu.head"),
    });
    const sig = await app.inject({
      method: "GET",
      url: `/api/v1/documents/${documentId}/signature`,
      headers: await as("ast-d01-edu.head"),
    });
    assert.equal(sig.statusCode, 200);
    const raw = await app.inject({
      method: "POST",
      url: "/api/v1/verify",
      headers: { "content-type": "application/pdf" },
      payload: pdf.rawPayload,
    });
    assert.equal(JSON.parse(raw.body).verdict, "genuine", raw.body);
    const withSig = await app.inject({
      method: "POST",
      url: "/api/v1/verify",
      payload: { pdf: pdf.rawPayload.toString("base64"), signature: sig.rawPayload.toString("base64") },
    });
    assert.equal(JSON.parse(withSig.body).verdict, "genuine");
    const changed = Buffer.from(pdf.rawPayload);
    changed[changed.length - 300] = (changed[changed.length - 300] as number) ^ 0x20;
    const tampered = await app.inject({
      method: "POST",
      url: "/api/v1/verify",
      headers: { "content-type": "application/pdf" },
      payload: changed,
    });
    assert.equal(JSON.parse(tampered.body).verdict, "changed");
    const bad = await app.inject({ method: "POST", url: "/api/v1/verify?lang=ru", payload: { pdf: 42 } });
    assert.equal(bad.statusCode, 400);
    assert.equal(JSON.parse(bad.body).code, "VERIFY_INPUT_INVALID");

    const page = await app.inject({ method: "GET", url: `/verify/${documentId}?lang=ru` });
    assert.equal(page.statusCode, 200);
    assert.match(String(page.headers["content-type"]), /text\/html/);
    assert.match(page.body, /data-verdict="genuine"/);
    assert.match(page.body, /Документ подлинный/);
    const unknown = await app.inject({
      method: "GET",
      url: "/verify/00000000-0000-4000-8000-000000000000?lang=kk",
    });
    assert.match(unknown.body, /data-verdict="unknown"/);
    assert.match(unknown.body, /берілген құжат жоқ/);
  });

  it("the PDF is not for strangers: another provider's staff get 403, nobody signed in 401", async () => {
    const other = await app.inject({
      method: "GET",
      url: `/api/v1/documents/${documentId}/pdf`,
      headers: await as("kzo-d01-edu.head"),
    });
    assert.equal(other.statusCode, 403, other.body);
    const anonymous = await app.inject({ method: "GET", url: `/api/v1/documents/${documentId}/pdf` });
    assert.equal(anonymous.statusCode, 401);
  });

  it("an incomplete package at the office: the refusal-to-accept receipt prints with the missing documents (003 annex 7; Law on State Services art. 20 p. 2)", async () => {
    const res = await app.inject({
      method: "POST",
      url: "/api/v1/cases",
      headers: await as("ast-d01-edu.clerk"),
      payload: mealsAtOffice("documents-api-receipt", 42, []),
    });
    assert.ok(res.statusCode < 300, res.body);
    const c = JSON.parse(res.body).case as { id: string; status: string };
    assert.equal(c.status, "refused_to_accept");
    const pdf = await app.inject({
      method: "GET",
      url: `/api/v1/cases/${c.id}/receipt.pdf?lang=ru`,
      headers: await as("ast-d01-edu.clerk"),
    });
    assert.equal(pdf.statusCode, 200, pdf.body);
    const text = await extractText(new Uint8Array(pdf.rawPayload));
    assert.match(text, /РАСПИСКА ОБ ОТКАЗЕ В ПРИЁМЕ ДОКУМЕНТОВ/);
    const missing = fullPackage(meals, "provider_office")[0]?.id;
    const title = meals.standard.documents.find((d) => d.id === missing)?.title.ru ?? "";
    assert.ok(text.replace(/\s+/g, " ").includes(title.slice(0, 20)), `missing ${title}`);
  });

  it("the outgoing journal lists the signed result under its number", async () => {
    const res = await app.inject({
      method: "GET",
      url: "/api/v1/journal/outgoing?year=2026",
      headers: await as("ast-d01-edu.head"),
    });
    assert.equal(res.statusCode, 200, res.body);
    const items = JSON.parse(res.body).items as {
      id: string;
      seq: number;
      status: string;
      caseNumber: string;
    }[];
    const line = items.find((i) => i.id === documentId);
    assert.equal(line?.status, "signed");
    assert.deepEqual(
      items.map((i) => i.seq),
      items.map((_, i) => i + 1),
    );
    assert.ok(caseId);
  });
});
