/**
 * Portal applications certified with a one-time password by SMS (otp-request.ts).
 *
 * The legal source: seed 003, the school-meals standard p. 8 (portal), sub-p. 1 (lines 4460–4470):
 * "ЭЦҚ-мен немесе бір рет пайдаланатын құпия сөзбен куәландырылған электрондық құжат нысанындағы
 * өтініш" — the catalogue's `standard.portalCertification` of school-meals national-2022. The
 * minor-property-certificates national-2022 version names no one-time password: EDS only.
 */
import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { after, before, describe, it } from "node:test";
import type { FastifyInstance, LightMyRequestResponse } from "fastify";
import { CITIZEN_COOKIE } from "../api/routes/citizens.ts";
import { buildServer } from "../api/server.ts";
import { defaultCalendar } from "../calendar/index.ts";
import { loadCatalog } from "../catalog/catalog.ts";
import { portalCertificationOf } from "../catalog/certification.ts";
import { resolveVersion } from "../catalog/lookup.ts";
import { lastCodeSentTo, OTP_LIFETIME_MS } from "../citizens/index.ts";
import { type Person, personsWithPhone } from "../citizens/testing.ts";
import { kzIban } from "../core/bank-account.ts";
import { seedOrganisation } from "../org/index.ts";
import type { Store } from "../store/index.ts";
import { openTestStore } from "../store/testing.ts";
import { portalRequestText, problem, registerAndSignIn } from "./testing.ts";

const CSRF = { "x-qyzmet-csrf": "1" };
/** Monday 2 March 2026, 10:00 in Astana; each test moves on 11 minutes (3 codes per 10 minutes). */
const START = new Date("2026-03-02T04:00:00.000Z");
const MIN = 60_000;
const URL = "/api/v1/citizen/applications";
const REGION = "astana";
const catalog = loadCatalog();
const ALLOWED = "school-meals";
const EDS_ONLY = "minor-property-certificates";

const b64 = (text: string) => Buffer.from(text, "utf8").toString("base64");
const sha = (text: string) => createHash("sha256").update(Buffer.from(text, "utf8")).digest("hex");

describe("portal: an application certified with a one-time password (003, school-meals standard p. 8 portal sub-p. 1)", () => {
  let store: Store;
  let app: FastifyInstance;
  let clock = START;
  let alice: Person;
  let bob: Person;
  let aliceCookie: string;
  let bobCookie: string;
  let n = 0;

  before(async () => {
    store = await openTestStore();
    await seedOrganisation(store.admin, { population: { count: 50 } });
    [alice, bob] = (await personsWithPhone(store.admin, 2)) as [Person, Person];
    // No `trust`: the one-time password path needs no certification authority.
    app = await buildServer({
      store,
      catalog,
      calendar: defaultCalendar(),
      now: () => clock,
      insecureCookies: true,
    });
    await app.ready();
    aliceCookie = await registerAndSignIn(app, store, alice);
    bobCookie = await registerAndSignIn(app, store, bob);
  });
  after(async () => {
    await app.close();
    await store.close();
  });

  /** Every test starts 11 minutes after the last, so the rate limit of codes never interferes. */
  const tick = () => {
    clock = new Date(clock.getTime() + 11 * MIN);
  };

  /** A complete portal request of `applicant` for `service`, as the JSON text the browser sends. */
  function requestText(service: string, applicant: Person, extra: Record<string, unknown> = {}) {
    n++;
    return portalRequestText(store, catalog, {
      service,
      region: REGION,
      idempotencyKey: `portal-otp-${n}-${applicant.iin}`,
      applicant,
      ...extra,
    });
  }

  /** Asks for a sign_request code bound to `text`'s bytes and reads it from the SMS outbox. */
  async function codeFor(cookie: string, p: Person, text: string): Promise<string> {
    const res = await app.inject({
      method: "POST",
      url: "/api/v1/citizen/otp",
      headers: CSRF,
      cookies: { [CITIZEN_COOKIE]: cookie },
      payload: { purpose: "sign_request", requestSha256: sha(text) },
    });
    assert.equal(res.statusCode, 202, res.body);
    const code = await lastCodeSentTo(store.admin, p.phone);
    assert.ok(code);
    return code;
  }

  const send = (cookie: string, text: string, otp: string) =>
    app.inject({
      method: "POST",
      url: URL,
      payload: { request: b64(text), otp },
      headers: CSRF,
      cookies: { [CITIZEN_COOKIE]: cookie },
    });

  async function counts() {
    const count = async (table: "cases" | "signed_requests" | "gateway_outbox") =>
      Number(
        (
          await store.admin
            .selectFrom(table)
            .select((eb) => eb.fn.countAll<string>().as("n"))
            .executeTakeFirstOrThrow()
        ).n,
      );
    return {
      cases: await count("cases"),
      signed: await count("signed_requests"),
      outbox: await count("gateway_outbox"),
    };
  }

  async function refused(attempt: () => Promise<LightMyRequestResponse>, status: number, code: string) {
    const before = await counts();
    const body = problem(await attempt(), status, code);
    assert.deepEqual(await counts(), before, `${code}: nothing stored`);
    return body;
  }

  let first: { text: string; code: string; caseId: string } | undefined;

  it("the catalogue: school-meals national-2022 allows EDS or OTP, citing 003; minor-property-certificates EDS only", () => {
    const allowed = portalCertificationOf(resolveVersion(catalog, ALLOWED, REGION, "2026-03-02"));
    assert.deepEqual(allowed.methods, ["eds", "otp"]);
    assert.equal(allowed.source?.seed, "003");
    assert.deepEqual(allowed.source?.lines, [4460, 4470]);
    assert.match(allowed.source?.quote ?? "", /бір рет пайдаланатын құпия сөзбен куәландырылған/);
    const edsOnly = portalCertificationOf(resolveVersion(catalog, EDS_ONLY, REGION, "2026-03-02"));
    assert.deepEqual(edsOnly, { methods: ["eds"], source: null });
  });

  it("OTP where allowed → 201, a portal case; the stored request and the registration event say 'otp'", async () => {
    tick();
    const text = await requestText(ALLOWED, alice);
    const code = await codeFor(aliceCookie, alice, text);
    const res = await send(aliceCookie, text, code);
    assert.equal(res.statusCode, 201, res.body);
    const body = res.json<{
      case: { id: string; incomingNumber: string | null };
      certification: { method: string };
      signer: { iin: string; serial: string | null; commonName: string };
    }>();
    assert.ok(body.case.incomingNumber);
    assert.deepEqual(body.certification, { method: "otp" });
    assert.equal(body.signer.iin, alice.iin);
    assert.equal(body.signer.serial, null);

    const row = await store.admin
      .selectFrom("signed_requests")
      .selectAll()
      .where("case_id", "=", body.case.id)
      .executeTakeFirstOrThrow();
    assert.equal(row.certified_by, "otp");
    assert.equal(row.request_sha256, sha(text));
    assert.equal(row.request_base64, b64(text));
    assert.equal(row.signature_base64, null);
    assert.ok(row.otp_id);
    const otp = await store.admin
      .selectFrom("one_time_passwords")
      .select(["used_at", "bound_sha256"])
      .where("id", "=", row.otp_id)
      .executeTakeFirstOrThrow();
    assert.ok(otp.used_at, "the code is used up");
    assert.equal(otp.bound_sha256, sha(text));

    const event = await store.admin
      .selectFrom("events")
      .select(["payload"])
      .where("case_id", "=", body.case.id)
      .where("action", "=", "case.registered")
      .executeTakeFirstOrThrow();
    const certification = (event.payload as { certification?: Record<string, unknown> }).certification;
    assert.equal(certification?.method, "otp");
    assert.equal(certification?.requestSha256, sha(text));
    assert.deepEqual((certification?.source as { lines: number[] } | undefined)?.lines, [4460, 4470]);

    const facts = await app.inject({
      method: "GET",
      url: `${URL}/${body.case.id}/signature`,
      cookies: { [CITIZEN_COOKIE]: aliceCookie },
    });
    assert.equal(facts.statusCode, 200, facts.body);
    assert.equal(facts.json<{ certifiedBy: string }>().certifiedBy, "otp");
    first = { text, code, caseId: body.case.id };
  });

  it("the identical request with the same code again → 200, the same case, nothing new", async () => {
    assert.ok(first);
    const before = await counts();
    const res = await send(aliceCookie, first.text, first.code);
    assert.equal(res.statusCode, 200, res.body);
    assert.equal(res.json<{ case: { id: string } }>().case.id, first.caseId);
    assert.deepEqual(await counts(), before);
  });

  it("a used code for a new request → 409 OTP_USED; a used request id with other bytes → 409 EDS_REPLAY", async () => {
    assert.ok(first);
    const other = await requestText(ALLOWED, alice);
    // The code of the first request is the latest and is used.
    await refused(() => send(aliceCookie, other, first?.code ?? ""), 409, "OTP_USED");
    tick();
    const changed = JSON.stringify({ ...JSON.parse(first.text), form: { note: "other" } });
    const code = await codeFor(aliceCookie, alice, changed);
    await refused(() => send(aliceCookie, changed, code), 409, "EDS_REPLAY");
    // The same bytes with another (wrong) code under the used id: a replay too.
    await refused(() => send(aliceCookie, first?.text ?? "", "000000"), 409, "EDS_REPLAY");
  });

  it("a code bound to another request → 409 OTP_OTHER_REQUEST, nothing stored, the code still good for its own", async () => {
    tick();
    const mine = await requestText(ALLOWED, alice);
    const other = await requestText(ALLOWED, alice);
    const code = await codeFor(aliceCookie, alice, mine);
    const p = await refused(() => send(aliceCookie, other, code), 409, "OTP_OTHER_REQUEST");
    assert.match(p.detail, /басқа өтінішке/);
    assert.equal((await send(aliceCookie, mine, code)).statusCode, 201);
  });

  it("a wrong code → 400 OTP_INVALID with attempts left, nothing stored; the third wrong kills it", async () => {
    tick();
    const text = await requestText(ALLOWED, alice);
    const code = await codeFor(aliceCookie, alice, text);
    const wrong = code === "123456" ? "654321" : "123456";
    const p = await refused(() => send(aliceCookie, text, wrong), 400, "OTP_INVALID");
    assert.equal(p.details?.attemptsLeft, 2);
    await refused(() => send(aliceCookie, text, "12ab"), 400, "OTP_INVALID");
    await refused(() => send(aliceCookie, text, wrong), 409, "OTP_TOO_MANY_ATTEMPTS");
    await refused(() => send(aliceCookie, text, code), 409, "OTP_TOO_MANY_ATTEMPTS");
  });

  it("an expired code (after 5 minutes) → 409 OTP_EXPIRED, nothing stored", async () => {
    tick();
    const text = await requestText(ALLOWED, alice);
    const code = await codeFor(aliceCookie, alice, text);
    clock = new Date(clock.getTime() + OTP_LIFETIME_MS);
    await refused(() => send(aliceCookie, text, code), 409, "OTP_EXPIRED");
  });

  it("OTP for a version that allows EDS only → 422 OTP_NOT_ALLOWED in kk/ru/en, the code not used up", async () => {
    tick();
    const text = await requestText(EDS_ONLY, alice);
    const code = await codeFor(aliceCookie, alice, text);
    const kk = await refused(() => send(aliceCookie, text, code), 422, "OTP_NOT_ALLOWED");
    assert.equal(kk.details?.versionId, "national-2022");
    assert.deepEqual(kk.details?.methods, ["eds"]);
    assert.match(kk.detail, /тек ЭЦҚ-мен/);
    for (const [lang, words] of [
      ["ru", /только ЭЦП/],
      ["en", /EDS only/],
    ] as const) {
      const res = await app.inject({
        method: "POST",
        url: `${URL}?lang=${lang}`,
        payload: { request: b64(text), otp: code },
        headers: CSRF,
        cookies: { [CITIZEN_COOKIE]: aliceCookie },
      });
      assert.match(problem(res, 422, "OTP_NOT_ALLOWED").detail, words);
    }
    const unused = await store.admin
      .selectFrom("one_time_passwords")
      .select("used_at")
      .where("iin", "=", alice.iin)
      .orderBy("id", "desc")
      .executeTakeFirstOrThrow();
    assert.equal(unused.used_at, null);
  });

  it("a request for another applicant certified with my code → 422 OTP_IIN_MISMATCH; another's code is not mine", async () => {
    tick();
    const forBob = await requestText(ALLOWED, bob);
    const code = await codeFor(aliceCookie, alice, forBob);
    await refused(() => send(aliceCookie, forBob, code), 422, "OTP_IIN_MISMATCH");
    // Bob's own code, bound to Bob's request, but posted in Alice's session: the IIN check refuses it.
    const bobCode = await codeFor(bobCookie, bob, forBob);
    await refused(() => send(aliceCookie, forBob, bobCode), 422, "OTP_IIN_MISMATCH");
    // In Bob's own session the same code works.
    assert.equal((await send(bobCookie, forBob, bobCode)).statusCode, 201);
  });

  it("the latest code used, or both a signature and a code → refused, nothing stored", async () => {
    tick();
    const text = await requestText(ALLOWED, bob);
    // Bob's latest code is bound to his previous request.
    await refused(() => send(bobCookie, text, "123456"), 409, "OTP_USED");
    await refused(
      () =>
        app.inject({
          method: "POST",
          url: URL,
          payload: { request: b64(text), otp: "123456", signature: "AAAA" },
          headers: CSRF,
          cookies: { [CITIZEN_COOKIE]: bobCookie },
        }),
      400,
      "BAD_REQUEST",
    );
  });

  // Issue 8: a paying service's decision pays to the applicant's account (src/payments/rules.ts); the
  // portal form asks for it, the resolve answer says so, and the server checks it.
  it("bank account: the resolve answer says foster-family-placement needs one, school-meals not", async () => {
    const get = (code: string) =>
      app.inject({ method: "GET", url: `/api/v1/services/${code}/resolve?region=${REGION}&date=2026-03-02` });
    const foster = (await get("foster-family-placement")).json<{
      bankAccount: { sources: { seed: string }[]; document: { id: string } | null } | null;
    }>();
    assert.ok(foster.bankAccount);
    assert.ok(foster.bankAccount.sources.some((s) => s.seed === "003"));
    assert.equal(foster.bankAccount.document?.id, "bank-account-contract");
    assert.equal((await get(ALLOWED)).json<{ bankAccount: unknown }>().bankAccount, null);
  });

  it("bank account on the portal: missing or a bad IBAN → 400 INPUT_INVALID, nothing stored; a good one is on the case", async () => {
    tick();
    const good = { bic: "KCJBKZKX", iban: kzIban("722", "S000012345678") };
    const missing = await requestText("foster-family-placement", alice);
    const p = await refused(() => send(aliceCookie, missing, "123456"), 400, "INPUT_INVALID");
    assert.equal(p.details?.path, "request.form.bankAccount");
    const badIban = `${good.iban.slice(0, 19)}${good.iban.endsWith("8") ? "9" : "8"}`;
    const bad = await requestText("foster-family-placement", alice, {
      form: { bankAccount: { ...good, iban: badIban } },
    });
    const q = await refused(() => send(aliceCookie, bad, "123456"), 400, "INPUT_INVALID");
    assert.match(JSON.stringify(q.details), /bankAccount/);
    const text = await requestText("foster-family-placement", alice, { form: { bankAccount: good } });
    const code = await codeFor(aliceCookie, alice, text);
    const res = await send(aliceCookie, text, code);
    assert.equal(res.statusCode, 201, res.body);
    const row = await store.admin
      .selectFrom("cases")
      .select("form")
      .where("id", "=", res.json<{ case: { id: string } }>().case.id)
      .executeTakeFirstOrThrow();
    assert.deepEqual((row.form as { bankAccount?: unknown }).bankAccount, good);
  });
});
