/**
 * The in-process world of the reliability suite: a fresh schema on the test
 * PostgreSQL (openTestStore), the organisation with a small population, a
 * test CA the portal trusts, two registered citizens with signing keys, demo
 * staff sessions, and cases of both citizens and of an office intake with a
 * child's data. Nothing is mocked: every request goes through buildServer.
 */
import assert from "node:assert/strict";
import fc from "fast-check";
import type { FastifyInstance } from "fastify";
import { sql } from "kysely";
import { CITIZEN_COOKIE } from "../../src/api/routes/citizens.ts";
import { buildServer } from "../../src/api/server.ts";
import { staffSessions } from "../../src/api/testing.ts";
import { defaultCalendar } from "../../src/calendar/index.ts";
import { loadCatalog } from "../../src/catalog/catalog.ts";
import { findService, findVersion, resolveVersion } from "../../src/catalog/lookup.ts";
import { lastCodeSentTo } from "../../src/citizens/index.ts";
import { caSealKeys } from "../../src/documents/index.ts";
import { fullPackage } from "../../src/engine/testing.ts";
import { nextIin } from "../../src/iin/iin.ts";
import { listDistricts, providersForService, seedOrganisation } from "../../src/org/index.ts";
import {
  type CertificationAuthority,
  createCa,
  issueCertificate,
  type KeyMaterial,
  makeCrl,
  signCms,
} from "../../src/pki/index.ts";
import type { Store } from "../../src/store/index.ts";
import { openTestStore } from "../../src/store/testing.ts";

/** Short form inside `npm test`; QYZMET_RELIABILITY=full (npm run test:reliability) for the long one. */
export const FULL = process.env.QYZMET_RELIABILITY === "full";
/** fast-check's seed: fixed unless QYZMET_RELIABILITY_SEED says otherwise, so a failure reruns. */
export const SEED = Number(process.env.QYZMET_RELIABILITY_SEED ?? 20261203);

export const GATEWAY_TOKEN = "reliability-gateway-token-000000";
export const CITIZEN_PASSWORD = "Qyzmet2025";
export const CSRF = { "x-qyzmet-csrf": "1" } as const;
export const NOW = new Date("2026-03-02T04:00:00.000Z"); // Monday 10:00 in Astana

export interface CitizenWho {
  iin: string;
  surname: string;
  givenName: string;
  cookie: string;
  key: KeyMaterial;
}

export interface World {
  store: Store;
  app: FastifyInstance;
  ca: CertificationAuthority;
  staff: ReturnType<typeof staffSessions>;
  citizens: CitizenWho[];
  /** Case ids: per citizen (portal), and office intakes with a child's data in Astana's first district. */
  citizenCases: Map<string, string[]>;
  officeCases: string[];
  close(): Promise<void>;
}

const catalog = loadCatalog();

/** fc.assert, with the failing request's own message in the error (fast-check keeps it in `cause`). */
export async function checkProperty(
  property: fc.IAsyncProperty<unknown[]>,
  params: fc.Parameters<unknown[]>,
): Promise<void> {
  try {
    await fc.assert(property, params);
  } catch (error) {
    const cause = (error as { cause?: unknown }).cause;
    throw new Error(
      `${(error as Error).message}\n${cause instanceof Error ? (cause.stack ?? cause.message) : String(cause)}`,
    );
  }
}

/** Every base table of the store's schema with its row count (one query). */
export async function rowCounts(store: Store): Promise<Record<string, number>> {
  const { rows: tables } = await sql<{ t: string }>`
    SELECT table_name AS t FROM information_schema.tables
    WHERE table_schema = ${store.schema} AND table_type = 'BASE TABLE' ORDER BY 1`.execute(store.admin);
  const parts = tables.map(({ t }) => `(SELECT count(*) FROM "${t}")::int AS "${t}"`);
  const { rows } = await sql<Record<string, number>>`SELECT ${sql.raw(parts.join(", "))}`.execute(
    store.admin,
  );
  return rows[0] ?? {};
}

/** Tables whose row count changed between two snapshots, with the difference. */
export function changed(
  before: Record<string, number>,
  after: Record<string, number>,
): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [t, n] of Object.entries(after)) if (n !== before[t]) out[t] = n - (before[t] ?? 0);
  return out;
}

export async function portalRequestText(
  store: Store,
  key: string,
  who: { iin: string; surname: string; givenName: string },
): Promise<string> {
  const version = resolveVersion(catalog, "guardianship-certificate", "astana", "2026-03-02");
  const district = (await listDistricts(store.db, "astana"))[0];
  assert.ok(district);
  const [provider] = await providersForService(store.db, {
    regionCode: "astana",
    districtId: district.id,
    kinds: [...version.standard.provider.kinds],
  });
  assert.ok(provider);
  return JSON.stringify({
    idempotencyKey: key,
    serviceCode: "guardianship-certificate",
    channel: "portal",
    regionCode: "astana",
    districtId: district.id,
    providerId: provider.id,
    applicant: { iin: who.iin, surname: who.surname, givenName: who.givenName },
    documents: fullPackage(version, "portal"),
  });
}

/** The signed application body `{request, signature}` for a request text. */
export async function signedBody(
  text: string,
  key: KeyMaterial,
): Promise<{ request: string; signature: string }> {
  const bytes = new TextEncoder().encode(text);
  const signature = await signCms(bytes, key.privateKey, key.certificate, {
    signingTime: NOW,
    chain: key.chain,
  });
  return {
    request: Buffer.from(bytes).toString("base64"),
    signature: Buffer.from(signature).toString("base64"),
  };
}

const meals = findVersion(findService(catalog, "school-meals"), "national-2022");

/** An office intake of school meals (a child's data) at Astana's first district education department. */
export function officeBody(key: string, serial: number) {
  return {
    idempotencyKey: key,
    serviceCode: "school-meals",
    channel: "provider_office",
    regionCode: "astana",
    districtId: "ast-d01",
    providerId: "AST-D01-EDU",
    applicant: {
      iin: nextIin({ birthDate: "1985-03-03", sex: "f", serial }).iin,
      surname: "Қасымова",
      givenName: "Гүлнар",
    },
    children: [{ fullName: "Қасымов Әли", birthDate: "2016-01-01" }],
    documents: fullPackage(meals, "provider_office"),
  };
}

export async function openWorld(
  options: { citizens?: number; officeCases?: number; now?: () => Date } = {},
): Promise<World> {
  const store = await openTestStore();
  await seedOrganisation(store.admin, { population: { count: 40 } });
  const ca = await createCa({ notBefore: new Date("2020-01-01T00:00:00Z") });
  const crl = await makeCrl(ca, [], { thisUpdate: new Date("2026-03-01T00:00:00Z") });
  const app = await buildServer({
    store,
    catalog,
    calendar: defaultCalendar(),
    now: options.now ?? (() => NOW),
    insecureCookies: true,
    gatewayToken: GATEWAY_TOKEN,
    trust: { roots: [ca.certificate], crls: async () => [crl] },
    seals: caSealKeys(ca),
    webRoot: null,
  });
  await app.ready();
  const staff = staffSessions(() => app);
  const people = await store.admin
    .selectFrom("citizens")
    .selectAll()
    .where("phone", "is not", null)
    .orderBy("iin")
    .limit(options.citizens ?? 2)
    .execute();
  const citizens: CitizenWho[] = [];
  const citizenCases = new Map<string, string[]>();
  for (const p of people) {
    const post = (url: string, payload: Record<string, unknown>) =>
      app.inject({ method: "POST", url, payload });
    const reg = await post("/api/v1/citizen/register", {
      iin: p.iin,
      password: CITIZEN_PASSWORD,
      phone: p.phone,
    });
    assert.equal(reg.statusCode, 202, reg.body);
    const code = await lastCodeSentTo(store.admin, p.phone ?? "");
    assert.equal((await post("/api/v1/citizen/register/confirm", { iin: p.iin, code })).statusCode, 201);
    const signIn = await post("/api/v1/citizen/sign-in", { iin: p.iin, password: CITIZEN_PASSWORD });
    assert.equal(signIn.statusCode, 200, signIn.body);
    const cookie = signIn.cookies.find((c) => c.name === CITIZEN_COOKIE)?.value ?? "";
    const key = await issueCertificate(ca, {
      holder: { iin: p.iin, surname: p.surname, givenName: p.given_name },
      purpose: "signing",
      notBefore: new Date("2025-01-01T00:00:00Z"),
      notAfter: new Date("2027-01-01T00:00:00Z"),
    });
    const who = { iin: p.iin, surname: p.surname, givenName: p.given_name, cookie, key };
    citizens.push(who);
    const res = await app.inject({
      method: "POST",
      url: "/api/v1/citizen/applications",
      payload: await signedBody(await portalRequestText(store, `world-${p.iin}`, who), key),
      headers: CSRF,
      cookies: { [CITIZEN_COOKIE]: cookie },
    });
    assert.ok([200, 201, 202].includes(res.statusCode), res.body);
    const c = res.json<{ case: { id: string } | null }>().case;
    citizenCases.set(p.iin, c ? [c.id] : []);
  }
  const officeCases: string[] = [];
  for (let i = 0; i < (options.officeCases ?? 2); i++) {
    const res = await app.inject({
      method: "POST",
      url: "/api/v1/cases",
      headers: await staff("ast-d01-edu.clerk"),
      payload: officeBody(`world-office-${i}`, 100 + i),
    });
    assert.equal(res.statusCode, 201, res.body);
    officeCases.push(
      res.json<{ id?: string; case?: { id: string } }>().case?.id ?? res.json<{ id: string }>().id,
    );
  }
  return {
    store,
    app,
    ca,
    staff,
    citizens,
    citizenCases,
    officeCases,
    async close() {
      await app.close();
      await store.close();
    },
  };
}
