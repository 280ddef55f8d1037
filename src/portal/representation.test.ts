/**
 * Representatives at the portal (001 Annex 1, p. 8, sub-pp. 2–6: the representative's notarised power of
 * attorney is checked in ЕНИС; missing → "the data cannot be obtained"). Real CMS, real PostgreSQL.
 */
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import type { FastifyInstance, LightMyRequestResponse } from "fastify";
import type { Problem } from "../api/problems.ts";
import { CITIZEN_COOKIE } from "../api/routes/citizens.ts";
import { buildServer } from "../api/server.ts";
import { defaultCalendar } from "../calendar/index.ts";
import { loadCatalog } from "../catalog/catalog.ts";
import { quoteFound } from "../catalog/seed-text.ts";
import { type Person, personsWithPhone } from "../citizens/testing.ts";
import { seedOrganisation } from "../org/index.ts";
import { createCa, issueCertificate, type KeyMaterial, makeCrl, signCms } from "../pki/index.ts";
import type { Store } from "../store/index.ts";
import { openTestStore } from "../store/testing.ts";
import { ENIS_CHECK_SOURCE, representationSources } from "./representation.ts";
import { portalRequestText, registerAndSignIn } from "./testing.ts";
import type { Trust } from "./trust.ts";

const CSRF = { "x-qyzmet-csrf": "1" };
/** Monday 2 March 2026, 10:00 in Astana. */
const NOW = new Date("2026-03-02T04:00:00.000Z");
const URL = "/api/v1/citizen/applications";
const catalog = loadCatalog();
const b64 = (text: string) => Buffer.from(text, "utf8").toString("base64");

describe("portal: a representative with a notarised power of attorney (001 Annex 1, p. 8, sub-pp. 2–6)", () => {
  let store: Store;
  let app: FastifyInstance;
  let principal: Person;
  let agent: Person;
  let other: Person;
  const cookies: Record<string, string> = {};
  const keys: Record<string, KeyMaterial> = {};
  let n = 0;

  async function poa(
    number: string,
    fields: Partial<{
      principal: string;
      agent: string;
      issuedOn: string;
      validUntil: string;
      revoked: boolean;
      services: string[] | null;
    }> = {},
  ): Promise<string> {
    await store.admin
      .insertInto("powers_of_attorney")
      .values({
        number,
        principal_iin: fields.principal ?? principal.iin,
        agent_iin: fields.agent ?? agent.iin,
        notary: "Сейітова Гүлнар",
        issued_on: fields.issuedOn ?? "2025-06-10",
        valid_until: fields.validUntil ?? "2027-06-09",
        revoked: fields.revoked ?? false,
        services: fields.services ? JSON.stringify(fields.services) : null,
      })
      .execute();
    return number;
  }

  before(async () => {
    store = await openTestStore();
    await seedOrganisation(store.admin, { population: { count: 50 } });
    [principal, agent, other] = (await personsWithPhone(store.admin, 3)) as [Person, Person, Person];
    const ca = await createCa({ notBefore: new Date("2020-01-01T00:00:00Z") });
    const valid = { notBefore: new Date("2025-01-01T00:00:00Z"), notAfter: new Date("2027-12-31T00:00:00Z") };
    for (const [name, p] of [
      ["principal", principal],
      ["agent", agent],
    ] as const)
      keys[name] = await issueCertificate(ca, {
        holder: { iin: p.iin, surname: "Тестов", givenName: "Тест" },
        purpose: "signing",
        ...valid,
      });
    const crl = await makeCrl(ca, [], { thisUpdate: new Date("2026-03-01T00:00:00Z") });
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
    cookies.principal = await registerAndSignIn(app, store, principal);
    cookies.agent = await registerAndSignIn(app, store, agent);
  });
  after(async () => {
    await app.close();
    await store.close();
  });

  /** A school-meals request for `principal` filed by `representativeIin` under the power `number` of `date`. */
  function requestText(number: string, date = "2025-06-10", representativeIin = agent.iin): Promise<string> {
    n++;
    return portalRequestText(store, catalog, {
      service: "school-meals",
      region: "astana",
      idempotencyKey: `portal-representative-${n}`,
      applicant: principal,
      representative: {
        iin: representativeIin,
        fullName: "Тестов Тест",
        powerOfAttorney: { number, date, notary: "Сейітова Гүлнар" },
      },
    });
  }

  async function send(text: string, who: "agent" | "principal" = "agent", lang = "kk") {
    const key = keys[who] as KeyMaterial;
    const cms = await signCms(new TextEncoder().encode(text), key.privateKey, key.certificate, {
      signingTime: NOW,
      chain: key.chain,
    });
    return app.inject({
      method: "POST",
      url: `${URL}?lang=${lang}`,
      payload: { request: b64(text), signature: Buffer.from(cms).toString("base64") },
      headers: CSRF,
      cookies: { [CITIZEN_COOKIE]: cookies[who] as string },
    });
  }

  async function counts(): Promise<string> {
    const c = await store.admin
      .selectFrom("cases")
      .select((eb) => eb.fn.countAll<string>().as("n"))
      .executeTakeFirstOrThrow();
    const s = await store.admin
      .selectFrom("signed_requests")
      .select((eb) => eb.fn.countAll<string>().as("n"))
      .executeTakeFirstOrThrow();
    const o = await store.admin
      .selectFrom("gateway_outbox")
      .select((eb) => eb.fn.countAll<string>().as("n"))
      .executeTakeFirstOrThrow();
    return `${c.n}/${s.n}/${o.n}`;
  }

  async function refused(
    text: string,
    status: number,
    code: string,
    who: "agent" | "principal" = "agent",
  ): Promise<Problem> {
    const before = await counts();
    const res: LightMyRequestResponse = await send(text, who);
    assert.equal(res.statusCode, status, res.body);
    const body = res.json<Problem>();
    assert.equal(body.code, code, res.body);
    assert.equal(await counts(), before, `${code}: nothing stored`);
    return body;
  }

  it("the act's wording of the ЕНИС check is where the source says", () => {
    const [from, to] = ENIS_CHECK_SOURCE.lines;
    assert.ok(quoteFound("001", from, to, ENIS_CHECK_SOURCE.quote ?? ""));
    // Services whose own acts check the power of attorney in ЕНИС carry those sources.
    const own = representationSources(catalog, "unemployed-registration");
    assert.ok(own.length > 0);
    assert.ok(own.every((s) => s.seed === "001"));
    assert.deepEqual(representationSources(catalog, "school-meals"), []);
  });

  let caseId = "";
  it("a valid general power: 201, the case records applicant and representative, both cabinets show it", async () => {
    const number = await poa("2025-0000001");
    const res = await send(await requestText(number));
    assert.equal(res.statusCode, 201, res.body);
    const body = res.json<{
      case: { id: string };
      signer: { iin: string };
      representation: { powerOfAttorney: { number: string; services: string[] | null }; source: string };
    }>();
    assert.equal(body.signer.iin, agent.iin);
    assert.equal(body.representation.source, "ЕНИС");
    assert.equal(body.representation.powerOfAttorney.number, number);
    assert.equal(body.representation.powerOfAttorney.services, null);
    caseId = body.case.id;
    const row = await store.admin
      .selectFrom("cases")
      .select(["applicant_iin", "representative"])
      .where("id", "=", caseId)
      .executeTakeFirstOrThrow();
    assert.equal(row.applicant_iin, principal.iin);
    assert.equal((row.representative as { iin: string }).iin, agent.iin);

    for (const [who, role] of [
      ["agent", "representative"],
      ["principal", "applicant"],
    ] as const) {
      const list = await app.inject({
        method: "GET",
        url: "/api/v1/citizen/cases",
        cookies: { [CITIZEN_COOKIE]: cookies[who] as string },
      });
      const items = list.json<{ items: { id: string; role: string }[] }>().items;
      assert.deepEqual(
        items.filter((i) => i.id === caseId).map((i) => i.role),
        [role],
        `${who} sees the case as ${role}`,
      );
      const one = await app.inject({
        method: "GET",
        url: `/api/v1/citizen/cases/${caseId}`,
        cookies: { [CITIZEN_COOKIE]: cookies[who] as string },
      });
      assert.equal(one.statusCode, 200, one.body);
      assert.equal(one.json<{ role: string }>().role, role);
      const docs = await app.inject({
        method: "GET",
        url: `/api/v1/citizen/cases/${caseId}/documents`,
        cookies: { [CITIZEN_COOKIE]: cookies[who] as string },
      });
      assert.equal(docs.statusCode, 200, docs.body);
    }
  });

  it("a power limited to named services covers them, and refuses others (POA_SCOPE)", async () => {
    const covers = await poa("2025-0000002", { services: ["school-meals", "camp-voucher"] });
    assert.equal((await send(await requestText(covers))).statusCode, 201);
    const narrow = await poa("2025-0000003", { services: ["camp-voucher"] });
    const p = await refused(await requestText(narrow), 422, "POA_SCOPE");
    assert.deepEqual((p.details as { covers: string[] }).covers, ["camp-voucher"]);
  });

  it("unknown in ЕНИС: POA_NOT_FOUND in the act's words (process 4: the data cannot be obtained)", async () => {
    const p = await refused(await requestText("1999-9999999"), 422, "POA_NOT_FOUND");
    assert.match(p.detail ?? "", /БНАЖ-де сенімхат мәліметтерінің болмауына/u);
    const ru = await send(await requestText("1999-9999999"), "agent", "ru");
    assert.match(ru.json<Problem>().detail ?? "", /ЕНИС/u);
    const en = await send(await requestText("1999-9999999"), "agent", "en");
    assert.match(en.json<Problem>().detail ?? "", /notarial system/u);
  });

  it("each other failure has its own code and stores nothing", async () => {
    await refused(await requestText(await poa("2025-0000004"), "2025-06-11"), 422, "POA_DATE_MISMATCH");
    await refused(
      await requestText(await poa("2025-0000005", { principal: other.iin })),
      422,
      "POA_PRINCIPAL_MISMATCH",
    );
    await refused(
      await requestText(await poa("2025-0000006", { agent: other.iin })),
      422,
      "POA_ATTORNEY_MISMATCH",
    );
    await refused(await requestText(await poa("2025-0000007", { revoked: true })), 422, "POA_REVOKED");
    await refused(
      await requestText(
        await poa("2023-0000008", { issuedOn: "2023-01-10", validUntil: "2026-03-01" }),
        "2023-01-10",
      ),
      422,
      "POA_NOT_IN_FORCE",
    );
    await refused(
      await requestText(await poa("2026-0000009", { issuedOn: "2026-03-03" }), "2026-03-03"),
      422,
      "POA_NOT_IN_FORCE",
    );
    // The principal names themself as representative.
    await refused(
      await requestText("2025-0000001", "2025-06-10", principal.iin),
      400,
      "REPRESENTATIVE_IS_APPLICANT",
      "principal",
    );
    // The applicant signs a request that names someone else as the representative acting: the signer must be the representative.
    await refused(await requestText("2025-0000001"), 422, "EDS_IIN_MISMATCH", "principal");
  });

  it("a case filed by a representative is not another citizen's to read", async () => {
    const stranger = await registerAndSignIn(app, store, other);
    const one = await app.inject({
      method: "GET",
      url: `/api/v1/citizen/cases/${caseId}`,
      cookies: { [CITIZEN_COOKIE]: stranger },
    });
    assert.equal(one.statusCode, 404);
  });
});
