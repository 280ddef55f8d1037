/**
 * The portal chain of issue 5 as far as it is built: a citizen registers (SMS
 * code), signs in, signs a guardianship-certificate request with a key from
 * the test CA; the server verifies the signature and the information system's
 * check answers from the state databases — the certificate is issued at once
 * when the guardianship record exists, a person decides when it does not
 * (the manual fallback). The cabinet shows the case and its notice.
 */
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import type { FastifyInstance } from "fastify";
import { CITIZEN_COOKIE } from "../api/routes/citizens.ts";
import { buildServer } from "../api/server.ts";
import { defaultCalendar } from "../calendar/index.ts";
import { loadCatalog } from "../catalog/catalog.ts";
import { resolveVersion } from "../catalog/lookup.ts";
import { lastCodeSentTo } from "../citizens/index.ts";
import { caSealKeys } from "../documents/index.ts";
import { PASSING_AUTOMATION } from "../engine/index.ts";
import { fullPackage } from "../engine/testing.ts";
import { deliverGateway, verifyGatewayLog } from "../gateway/index.ts";
import { listDistricts, providersForService, seedOrganisation } from "../org/index.ts";
import {
  type CertificationAuthority,
  createCa,
  issueCertificate,
  makeCrl,
  signCms,
  verifyCms,
} from "../pki/index.ts";
import { stateDbAutomation } from "../statedb/automation.ts";
import { generatePopulation } from "../statedb/population.ts";
import type { Store } from "../store/index.ts";
import { openTestStore } from "../store/testing.ts";
import { acceptSignedApplication } from "./signed-request.ts";
import { providerWorkstations } from "./workstation.ts";

const NOW = new Date("2026-03-02T04:00:00.000Z"); // Monday 10:00 in Astana
const PASSWORD = "Qyzmet2025";
const catalog = loadCatalog();

/** A portal request of `person` for `serviceCode` in Astana's first district, as the JSON text that is signed. */
async function portalRequest(
  db: Store["db"],
  serviceCode: string,
  key: string,
  person: { iin: string; surname: string; given_name: string },
): Promise<string> {
  const version = resolveVersion(catalog, serviceCode, "astana", "2026-03-02");
  const district = (await listDistricts(db, "astana"))[0];
  assert.ok(district);
  const [provider] = await providersForService(db, {
    regionCode: "astana",
    districtId: district.id,
    kinds: [...version.standard.provider.kinds],
  });
  assert.ok(provider);
  return JSON.stringify({
    idempotencyKey: key,
    serviceCode,
    channel: "portal",
    regionCode: "astana",
    districtId: district.id,
    providerId: provider.id,
    applicant: { iin: person.iin, surname: person.surname, givenName: person.given_name },
    documents: fullPackage(version, "portal"),
  });
}

describe("portal chain: guardianship certificate signed with EDS, decided by the state databases", () => {
  let store: Store;
  let app: FastifyInstance;
  let ca: CertificationAuthority;
  let crl: Awaited<ReturnType<typeof makeCrl>>;
  let n = 0;

  before(async () => {
    store = await openTestStore();
    await seedOrganisation(store.admin, { population: { count: 10 } });
    await generatePopulation(store.admin, { size: 600, seed: 7 });
    ca = await createCa({ notBefore: new Date("2020-01-01T00:00:00Z") });
    crl = await makeCrl(ca, [], { thisUpdate: new Date("2026-03-01T00:00:00Z") });
    app = await buildServer({
      store,
      catalog,
      calendar: defaultCalendar(),
      now: () => NOW,
      insecureCookies: true,
      trust: { roots: [ca.certificate], crls: async () => [crl] },
      seals: caSealKeys(ca),
      automation: stateDbAutomation(store.db, (step) => step.check, { now: () => NOW }),
    });
    await app.ready();
  });
  after(async () => {
    await app.close();
    await store.close();
  });

  async function citizen(iin: string) {
    const person = await store.admin
      .selectFrom("citizens")
      .selectAll()
      .where("iin", "=", iin)
      .executeTakeFirstOrThrow();
    assert.ok(person.phone, "the person has a phone on record");
    const post = (url: string, payload: Record<string, unknown>) =>
      app.inject({ method: "POST", url, payload });
    assert.equal(
      (await post("/api/v1/citizen/register", { iin, password: PASSWORD, phone: person.phone })).statusCode,
      202,
    );
    const code = await lastCodeSentTo(store.admin, person.phone);
    assert.equal((await post("/api/v1/citizen/register/confirm", { iin, code })).statusCode, 201);
    const signIn = await post("/api/v1/citizen/sign-in", { iin, password: PASSWORD });
    assert.equal(signIn.statusCode, 200, signIn.body);
    const cookie = signIn.cookies.find((c) => c.name === CITIZEN_COOKIE)?.value ?? "";
    const key = await issueCertificate(ca, {
      holder: { iin, surname: person.surname, givenName: person.given_name },
      purpose: "signing",
      notBefore: new Date("2025-01-01T00:00:00Z"),
      notAfter: new Date("2027-01-01T00:00:00Z"),
    });
    return { person, cookie, key };
  }

  async function apply(who: Awaited<ReturnType<typeof citizen>>) {
    const text = await portalRequest(
      store.db,
      "guardianship-certificate",
      `chain-${++n}-${who.person.iin}`,
      who.person,
    );
    const bytes = new TextEncoder().encode(text);
    const signature = await signCms(bytes, who.key.privateKey, who.key.certificate, {
      signingTime: NOW,
      chain: who.key.chain,
    });
    const res = await app.inject({
      method: "POST",
      url: "/api/v1/citizen/applications",
      payload: {
        request: Buffer.from(bytes).toString("base64"),
        signature: Buffer.from(signature).toString("base64"),
      },
      headers: { "x-qyzmet-csrf": "1" },
      cookies: { [CITIZEN_COOKIE]: who.cookie },
    });
    assert.equal(res.statusCode, 201, res.body);
    return res.json<{ case: { id: string; status: string; currentStep: string | null } }>().case;
  }

  it("a guardian on record gets the certificate at once; the signature verifies again from what is stored", async () => {
    const record = await store.admin
      .selectFrom("guardianship_records")
      .innerJoin("citizens", "citizens.iin", "guardianship_records.guardian_iin")
      .select("guardian_iin")
      .where("ended_on", "is", null)
      .where("citizens.phone", "is not", null)
      .orderBy("guardian_iin")
      .executeTakeFirstOrThrow();
    const guardian = await citizen(record.guardian_iin);
    const c = await apply(guardian);
    assert.equal(c.status, "issued");
    // The result goes back through the gateway to the portal, correlated with the request.
    const response = await store.db
      .selectFrom("gateway_outbox")
      .selectAll()
      .where("message_id", "=", `response:${c.id}`)
      .executeTakeFirstOrThrow();
    assert.equal(response.receiver, "egov-portal");
    const sent = response.message as { correlationId: string; type: string; body: { status: string } };
    assert.deepEqual([sent.type, sent.body.status], ["response", "issued"]);
    assert.match(sent.correlationId, /^chain-/);
    const cabinet = await app.inject({
      method: "GET",
      url: "/api/v1/citizen/cases",
      cookies: { [CITIZEN_COOKIE]: guardian.cookie },
    });
    assert.ok(JSON.stringify(cabinet.json()).includes(c.id));
    const notices = await app.inject({
      method: "GET",
      url: "/api/v1/citizen/notifications",
      cookies: { [CITIZEN_COOKIE]: guardian.cookie },
    });
    assert.match(notices.body, /case\.issued/);
    // The result is an e-document sealed by the provider's information system, in the cabinet to
    // download and verify.
    const results = await app.inject({
      method: "GET",
      url: `/api/v1/citizen/cases/${c.id}/documents`,
      cookies: { [CITIZEN_COOKIE]: guardian.cookie },
    });
    assert.equal(results.statusCode, 200, results.body);
    const [result] = results.json<{ items: { id: string; kind: string; sealed: boolean }[] }>().items;
    assert.deepEqual([result?.kind, result?.sealed], ["certificate", true]);
    const download = await app.inject({
      method: "GET",
      url: `/api/v1/documents/${result?.id}/pdf`,
      cookies: { [CITIZEN_COOKIE]: guardian.cookie },
    });
    assert.equal(download.statusCode, 200);
    const check = await app.inject({
      method: "POST",
      url: "/api/v1/verify",
      headers: { "content-type": "application/pdf" },
      payload: download.rawPayload,
    });
    assert.equal(check.json<{ verdict: string }>().verdict, "genuine");
    const facts = await app.inject({
      method: "GET",
      url: `/api/v1/citizen/applications/${c.id}/signature`,
      cookies: { [CITIZEN_COOKIE]: guardian.cookie },
    });
    assert.equal(facts.statusCode, 200, facts.body);
    const stored = facts.json<{ request: string; signature: string }>();
    const verified = await verifyCms(
      Buffer.from(stored.signature, "base64"),
      Buffer.from(stored.request, "base64"),
      {
        trustedRoots: [ca.certificate],
        crls: [crl],
        at: NOW,
        expect: { iin: guardian.person.iin, keyUsage: "signing" },
      },
    );
    assert.equal(verified.signer.iin, guardian.person.iin);
  });

  it("with no guardianship record the check falls back to a person: the executor decides", async () => {
    const guardians = (
      await store.admin.selectFrom("guardianship_records").select("guardian_iin").execute()
    ).map((r) => r.guardian_iin);
    const other = await store.admin
      .selectFrom("citizens")
      .select("iin")
      .where("phone", "is not", null)
      .where("birth_date", "<", "2000-01-01")
      .where("iin", "not in", guardians.length > 0 ? guardians : ["-"])
      .orderBy("iin")
      .executeTakeFirstOrThrow();
    const c = await apply(await citizen(other.iin));
    assert.equal(c.status, "in_progress");
    assert.equal(c.currentStep, "no-refusal-grounds");
    const task = await store.db
      .selectFrom("tasks")
      .selectAll()
      .where("case_id", "=", c.id)
      .where("done_at", "is", null)
      .executeTakeFirstOrThrow();
    assert.equal(task.role, "responsible_executor");
  });
});

describe("portal chain: through the gateway when the provider's workstation is not reached at once", () => {
  let store: Store;
  let ca: CertificationAuthority;
  before(async () => {
    store = await openTestStore();
    await seedOrganisation(store.admin, { population: { count: 50 } });
    ca = await createCa({ notBefore: new Date("2020-01-01T00:00:00Z") });
  });
  after(async () => store.close());

  it("the signed request waits in the gateway (202), is delivered to the provider's inbox and registered there (process 6)", async () => {
    const person = await store.admin
      .selectFrom("citizens")
      .selectAll()
      .where("birth_date", "<", "2000-01-01")
      .orderBy("iin")
      .executeTakeFirstOrThrow();
    const key = await issueCertificate(ca, {
      holder: { iin: person.iin, surname: person.surname, givenName: person.given_name },
      purpose: "signing",
      notBefore: new Date("2025-01-01T00:00:00Z"),
      notAfter: new Date("2027-01-01T00:00:00Z"),
    });
    const text = await portalRequest(store.db, "school-meals", `gateway-path-${person.iin}`, person);
    const bytes = new TextEncoder().encode(text);
    const signature = await signCms(bytes, key.privateKey, key.certificate, {
      signingTime: NOW,
      chain: key.chain,
    });
    const engine = {
      db: store.db,
      calendar: defaultCalendar(),
      catalog,
      now: () => NOW,
      automation: PASSING_AUTOMATION,
    };
    const crl = await makeCrl(ca, [], { thisUpdate: new Date("2026-03-01T00:00:00Z") });
    const deps = {
      db: store.db,
      engine,
      trust: { roots: [ca.certificate], crls: async () => [crl] },
      seals: caSealKeys(ca),
      deliverNow: false,
    };
    const citizen = { kind: "citizen" as const, iin: person.iin, fullName: person.surname };
    const input = {
      request: Buffer.from(bytes).toString("base64"),
      signature: Buffer.from(signature).toString("base64"),
    };
    const accepted = await acceptSignedApplication(deps, citizen, input);
    assert.equal(accepted.case, null);
    assert.equal(accepted.delivery.state, "ON_DELIVERY");
    const retried = await acceptSignedApplication(deps, citizen, input);
    assert.equal(retried.case, null, "a retry while in delivery makes nothing new");

    const report = await deliverGateway(store.db, {
      receivers: await providerWorkstations({ db: store.db, engine }),
      now: NOW,
    });
    assert.equal(report.delivered, 1);
    const row = await store.db
      .selectFrom("signed_requests")
      .selectAll()
      .where("request_id", "=", `gateway-path-${person.iin}`)
      .executeTakeFirstOrThrow();
    assert.ok(row.case_id);
    const registered = await store.db
      .selectFrom("cases")
      .selectAll()
      .where("id", "=", row.case_id)
      .executeTakeFirstOrThrow();
    assert.equal(registered.channel, "portal");
    const inbox = await store.db
      .selectFrom("gateway_inbox")
      .selectAll()
      .where("message_id", "=", row.request_id)
      .executeTakeFirstOrThrow();
    assert.equal(inbox.receiver, (JSON.parse(text) as { providerId: string }).providerId);
    assert.notEqual(inbox.processed_at, null);
    assert.equal((await verifyGatewayLog(store.db)).ok, true);
    const after = await acceptSignedApplication(deps, citizen, input);
    assert.equal(after.case?.id, registered.id);
  });
});
