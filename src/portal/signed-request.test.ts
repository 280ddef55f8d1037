import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import type { FastifyInstance, LightMyRequestResponse } from "fastify";
import { CITIZEN_COOKIE } from "../api/routes/citizens.ts";
import { buildServer } from "../api/server.ts";
import { defaultCalendar } from "../calendar/index.ts";
import { loadCatalog } from "../catalog/catalog.ts";
import { type Person, personsWithPhone } from "../citizens/testing.ts";
import { seedOrganisation } from "../org/index.ts";
import { generateKeyPair, randomSerial, SIGNING_ALGORITHM, x509 } from "../pki/engine.ts";
import {
  type CertificationAuthority,
  createCa,
  issueCertificate,
  type KeyMaterial,
  makeCrl,
  signCms,
} from "../pki/index.ts";
import { holderName } from "../pki/profile.ts";
import type { Store } from "../store/index.ts";
import { openTestStore } from "../store/testing.ts";
import { portalRequestText, problem, registerAndSignIn } from "./testing.ts";
import type { Trust } from "./trust.ts";

const CSRF = { "x-qyzmet-csrf": "1" };
/** Monday 2 March 2026, 10:00 in Astana. */
const NOW = new Date("2026-03-02T04:00:00.000Z");
const URL = "/api/v1/citizen/applications";
const catalog = loadCatalog();

const b64 = (bytes: Uint8Array | string) =>
  (typeof bytes === "string" ? Buffer.from(bytes, "utf8") : Buffer.from(bytes)).toString("base64");

describe("portal: an application signed with an EDS", () => {
  let store: Store;
  let app: FastifyInstance;
  let ca: CertificationAuthority;
  let people: Person[];
  let alice: Person;
  let bob: Person;
  let aliceCookie: string;
  let bobCookie: string;
  const keys: Record<string, KeyMaterial> = {};
  let n = 0;

  const holder = (p: Person) => ({ iin: p.iin, surname: "Нұрланова", givenName: "Әйгерім" });

  before(async () => {
    store = await openTestStore();
    await seedOrganisation(store.admin, { population: { count: 50 } });
    people = await personsWithPhone(store.admin, 2);
    [alice, bob] = people as [Person, Person];

    // Keys once per file (RSA is slow).
    ca = await createCa({ notBefore: new Date("2020-01-01T00:00:00Z") });
    const stranger = await createCa({
      commonName: "Unknown CA",
      notBefore: new Date("2020-01-01T00:00:00Z"),
    });
    const valid = { notBefore: new Date("2025-01-01T00:00:00Z"), notAfter: new Date("2027-12-31T00:00:00Z") };
    keys.good = await issueCertificate(ca, { holder: holder(alice), purpose: "signing", ...valid });
    keys.bob = await issueCertificate(ca, { holder: holder(bob), purpose: "signing", ...valid });
    keys.auth = await issueCertificate(ca, { holder: holder(alice), purpose: "auth", ...valid });
    keys.revoked = await issueCertificate(ca, { holder: holder(alice), purpose: "signing", ...valid });
    keys.expired = await issueCertificate(ca, {
      holder: holder(alice),
      purpose: "signing",
      notBefore: new Date("2024-01-01T00:00:00Z"),
      notAfter: new Date("2025-12-31T00:00:00Z"),
    });
    keys.notYet = await issueCertificate(ca, {
      holder: holder(alice),
      purpose: "signing",
      notBefore: new Date("2026-06-01T00:00:00Z"),
      notAfter: new Date("2027-06-01T00:00:00Z"),
    });
    keys.unknownCa = await issueCertificate(stranger, {
      holder: holder(alice),
      purpose: "signing",
      ...valid,
    });
    const own = await generateKeyPair();
    const selfSigned = await x509.X509CertificateGenerator.createSelfSigned({
      serialNumber: randomSerial(),
      name: holderName(holder(alice)),
      ...valid,
      keys: own,
      signingAlgorithm: SIGNING_ALGORITHM,
      extensions: [
        new x509.BasicConstraintsExtension(false, undefined, true),
        new x509.KeyUsagesExtension(
          x509.KeyUsageFlags.digitalSignature | x509.KeyUsageFlags.nonRepudiation,
          true,
        ),
      ],
    });
    keys.selfSigned = { certificate: selfSigned, privateKey: own.privateKey, chain: [] };

    const crl = await makeCrl(
      ca,
      [
        {
          serial: keys.revoked.certificate.serialNumber.toLowerCase(),
          reason: "keyCompromise",
          date: "2026-02-01T00:00:00.000Z",
        },
      ],
      { thisUpdate: new Date("2026-03-01T00:00:00Z") },
    );
    const trust: Trust = { roots: [ca.certificate], crls: async () => [crl] };
    app = await buildServer({
      store,
      catalog,
      calendar: defaultCalendar(),
      now: () => NOW,
      insecureCookies: true,
      trust,
    });
    await app.ready();
    aliceCookie = await registerAndSignIn(app, store, alice);
    bobCookie = await registerAndSignIn(app, store, bob);
  });
  after(async () => {
    await app.close();
    await store.close();
  });

  /** A valid school-meals portal request of `applicant`, as the JSON text the browser signs. */
  function requestText(applicant: Person, overrides: Record<string, unknown> = {}): Promise<string> {
    n++;
    return portalRequestText(store, catalog, {
      service: "school-meals",
      region: "astana",
      idempotencyKey: `portal-signed-${n}-${applicant.iin}`,
      applicant,
      ...overrides,
    });
  }

  const sign = async (text: string, key: KeyMaterial, signingTime = NOW) =>
    signCms(new TextEncoder().encode(text), key.privateKey, key.certificate, {
      signingTime,
      chain: key.chain,
    });

  const send = (cookie: string, request: string, signature: string, headers = CSRF) =>
    app.inject({
      method: "POST",
      url: URL,
      payload: { request, signature },
      headers,
      cookies: { [CITIZEN_COOKIE]: cookie },
    });

  async function counts(): Promise<{ cases: number; signed: number }> {
    const c = await store.admin
      .selectFrom("cases")
      .select((eb) => eb.fn.countAll<string>().as("n"))
      .executeTakeFirstOrThrow();
    const s = await store.admin
      .selectFrom("signed_requests")
      .select((eb) => eb.fn.countAll<string>().as("n"))
      .executeTakeFirstOrThrow();
    return { cases: Number(c.n), signed: Number(s.n) };
  }

  /** The attempt is refused with `code` and writes neither a case nor a signed_requests row. */
  async function refused(
    attempt: () => Promise<LightMyRequestResponse>,
    status: number,
    code: string,
  ): Promise<void> {
    const before = await counts();
    problem(await attempt(), status, code);
    assert.deepEqual(await counts(), before, `${code}: nothing stored`);
  }

  let first: { text: string; signature: string; caseId: string } | undefined;

  it("register, sign in, sign the request bytes, submit → 201 and a portal case with its signature facts", async () => {
    const text = await requestText(alice);
    const signature = b64(await sign(text, keys.good as KeyMaterial));
    const res = await send(aliceCookie, b64(text), signature);
    assert.equal(res.statusCode, 201, res.body);
    const body = res.json<{
      case: { id: string; incomingNumber: string | null; status: string; deadline: string | null };
      receipt: { kind: string };
      signer: { iin: string; commonName: string; serial: string; signingTime: string | null };
    }>();
    assert.ok(body.case.incomingNumber);
    assert.equal(body.receipt.kind, "receipt");
    assert.equal(body.signer.iin, alice.iin);
    assert.equal(body.signer.commonName, "НҰРЛАНОВА ӘЙГЕРІМ");
    assert.equal(body.signer.serial, keys.good?.certificate.serialNumber.toLowerCase());
    assert.equal(body.signer.signingTime, NOW.toISOString());
    const row = await store.admin
      .selectFrom("cases")
      .select(["channel", "applicant_iin"])
      .where("id", "=", body.case.id)
      .executeTakeFirstOrThrow();
    assert.deepEqual(row, { channel: "portal", applicant_iin: alice.iin });
    first = { text, signature, caseId: body.case.id };

    const facts = await app.inject({
      method: "GET",
      url: `${URL}/${body.case.id}/signature`,
      cookies: { [CITIZEN_COOKIE]: aliceCookie },
    });
    assert.equal(facts.statusCode, 200, facts.body);
    const f = facts.json<{
      requestId: string;
      request: string;
      signature: string;
      signer: { iin: string };
    }>();
    assert.equal(f.request, b64(text));
    assert.equal(f.signature, signature);
    assert.equal(f.signer.iin, alice.iin);
    assert.match(f.requestId, /^portal-signed-/);

    const cabinet = await app.inject({
      method: "GET",
      url: "/api/v1/citizen/cases",
      cookies: { [CITIZEN_COOKIE]: aliceCookie },
    });
    assert.ok(cabinet.json<{ items: { id: string }[] }>().items.some((c) => c.id === body.case.id));
  });

  it("someone else's case: the signature facts are 404", async () => {
    assert.ok(first);
    const res = await app.inject({
      method: "GET",
      url: `${URL}/${first.caseId}/signature`,
      cookies: { [CITIZEN_COOKIE]: bobCookie },
    });
    problem(res, 404, "CASE_NOT_FOUND");
  });

  it("the identical signed request again → 200 and the same case, nothing new stored", async () => {
    assert.ok(first);
    const before = await counts();
    const res = await send(aliceCookie, b64(first.text), first.signature);
    assert.equal(res.statusCode, 200, res.body);
    assert.equal(res.json<{ case: { id: string } }>().case.id, first.caseId);
    assert.deepEqual(await counts(), before);
  });

  it("a replayed request id with other bytes → 409 EDS_REPLAY, no case", async () => {
    assert.ok(first);
    const changed = JSON.stringify({ ...JSON.parse(first.text), form: { note: "other" } });
    const signature = b64(await sign(changed, keys.good as KeyMaterial));
    await refused(() => send(aliceCookie, b64(changed), signature), 409, "EDS_REPLAY");
  });

  it("the same bytes signed again (another signature) under a used request id → 409 EDS_REPLAY", async () => {
    assert.ok(first);
    const text = first.text;
    const again = b64(await sign(text, keys.good as KeyMaterial, new Date(NOW.getTime() - 60_000)));
    assert.notEqual(again, first.signature);
    await refused(() => send(aliceCookie, b64(text), again), 409, "EDS_REPLAY");
  });

  const attacks: [string, string, number, string][] = [
    ["an expired certificate", "expired", 422, "EDS_CERT_EXPIRED"],
    ["a certificate not yet valid", "notYet", 422, "EDS_CERT_NOT_YET_VALID"],
    ["a revoked certificate (CRL)", "revoked", 422, "EDS_CERT_REVOKED"],
    ["a certificate of an unknown CA", "unknownCa", 422, "EDS_UNTRUSTED_CHAIN"],
    ["a self-signed certificate", "selfSigned", 422, "EDS_UNTRUSTED_CHAIN"],
    ["an authentication key (wrong key usage)", "auth", 422, "EDS_WRONG_KEY_USAGE"],
    ["another person's certificate", "bob", 422, "EDS_IIN_MISMATCH"],
  ];
  for (const [what, key, status, code] of attacks) {
    it(`${what} → ${status} ${code}, nothing stored`, async () => {
      const text = await requestText(alice);
      const signature = b64(await sign(text, keys[key] as KeyMaterial));
      await refused(() => send(aliceCookie, b64(text), signature), status, code);
    });
  }

  it("a request for another applicant, signed with my own key → EDS_IIN_MISMATCH, nothing stored", async () => {
    const text = await requestText(bob);
    const signature = b64(await sign(text, keys.good as KeyMaterial));
    await refused(() => send(aliceCookie, b64(text), signature), 422, "EDS_IIN_MISMATCH");
  });

  it("tampered bytes (one byte changed after signing) → EDS_SIGNATURE_INVALID, nothing stored", async () => {
    const text = await requestText(alice);
    const signature = b64(await sign(text, keys.good as KeyMaterial));
    const bytes = Buffer.from(text, "utf8");
    const at = bytes.indexOf(Buffer.from("school-meals"));
    bytes[at] = "S".charCodeAt(0);
    await refused(() => send(aliceCookie, bytes.toString("base64"), signature), 422, "EDS_SIGNATURE_INVALID");
  });

  it("a malformed CMS → 400 EDS_MALFORMED, nothing stored", async () => {
    const text = await requestText(alice);
    await refused(() => send(aliceCookie, b64(text), b64("not a CMS at all")), 400, "EDS_MALFORMED");
    await refused(() => send(aliceCookie, b64(text), "%%% not base64 %%%"), 400, "EDS_MALFORMED");
  });

  it("a request that is not base64, or not a portal request → 400 INPUT_INVALID, nothing stored", async () => {
    const text = await requestText(alice);
    const signature = b64(await sign(text, keys.good as KeyMaterial));
    await refused(() => send(aliceCookie, "***", signature), 400, "INPUT_INVALID");
    const paper = await requestText(alice, { channel: "provider_office" });
    const paperSignature = b64(await sign(paper, keys.good as KeyMaterial));
    await refused(() => send(aliceCookie, b64(paper), paperSignature), 400, "INPUT_INVALID");
  });

  it("no citizen session → 401; no CSRF header → 403", async () => {
    const text = await requestText(alice);
    const signature = b64(await sign(text, keys.good as KeyMaterial));
    await refused(
      () =>
        app.inject({ method: "POST", url: URL, payload: { request: b64(text), signature }, headers: CSRF }),
      401,
      "UNAUTHENTICATED",
    );
    await refused(
      () => send(aliceCookie, b64(text), signature, {} as typeof CSRF),
      403,
      "CSRF_HEADER_MISSING",
    );
  });

  it("no trust configured → 503 EDS_NOT_CONFIGURED", async () => {
    const bare = await buildServer({
      store,
      catalog,
      calendar: defaultCalendar(),
      now: () => NOW,
      insecureCookies: true,
    });
    try {
      const text = await requestText(alice);
      const signature = b64(await sign(text, keys.good as KeyMaterial));
      await refused(
        () =>
          bare.inject({
            method: "POST",
            url: URL,
            payload: { request: b64(text), signature },
            headers: CSRF,
            cookies: { [CITIZEN_COOKIE]: aliceCookie },
          }),
        503,
        "EDS_NOT_CONFIGURED",
      );
    } finally {
      await bare.close();
    }
  });
});
