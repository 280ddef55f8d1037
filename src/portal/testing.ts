/** Test helpers of the portal's API tests: a registered, signed-in citizen; a complete portal request. */
import assert from "node:assert/strict";
import type { FastifyInstance, LightMyRequestResponse } from "fastify";
import type { Problem } from "../api/problems.ts";
import { CITIZEN_COOKIE } from "../api/routes/citizens.ts";
import { resolveVersion } from "../catalog/lookup.ts";
import type { Catalog } from "../catalog/schema.ts";
import { lastCodeSentTo } from "../citizens/index.ts";
import type { Person } from "../citizens/testing.ts";
import { fullPackage } from "../engine/testing.ts";
import { listDistricts, providersForService } from "../org/index.ts";
import type { Store } from "../store/index.ts";

export const TEST_PASSWORD = "Qyzmet2025";

/** Asserts the answer is the problem `code` with `status`, and returns it. */
export function problem(response: LightMyRequestResponse, status: number, code: string): Problem {
  assert.equal(response.statusCode, status, response.body);
  const body = response.json<Problem>();
  assert.equal(body.code, code, response.body);
  return body;
}

/** Registers `p` (confirmed by the SMS code the bundled sender stored), signs in; the session cookie. */
export async function registerAndSignIn(app: FastifyInstance, store: Store, p: Person): Promise<string> {
  const post = (url: string, payload: Record<string, unknown>) =>
    app.inject({ method: "POST", url, payload });
  const reg = await post("/api/v1/citizen/register", { iin: p.iin, password: TEST_PASSWORD, phone: p.phone });
  assert.equal(reg.statusCode, 202, reg.body);
  const code = await lastCodeSentTo(store.admin, p.phone);
  assert.equal((await post("/api/v1/citizen/register/confirm", { iin: p.iin, code })).statusCode, 201);
  const signIn = await post("/api/v1/citizen/sign-in", { iin: p.iin, password: TEST_PASSWORD });
  assert.equal(signIn.statusCode, 200, signIn.body);
  const cookie = signIn.cookies.find((c) => c.name === CITIZEN_COOKIE);
  assert.ok(cookie);
  return cookie.value;
}

/**
 * A complete portal request of `applicant` for `service` in the first district of `region` on
 * 2 March 2026 (the package the version asks on the portal), as the JSON text the browser signs.
 */
export async function portalRequestText(
  store: Store,
  catalog: Catalog,
  fields: { service: string; region: string; idempotencyKey: string; applicant: Person } & Record<
    string,
    unknown
  >,
): Promise<string> {
  const { service, region, idempotencyKey, applicant, ...extra } = fields;
  const version = resolveVersion(catalog, service, region, "2026-03-02");
  const district = (await listDistricts(store.db, region))[0];
  assert.ok(district);
  const [provider] = await providersForService(store.db, {
    regionCode: region,
    districtId: district.id,
    kinds: [...version.standard.provider.kinds],
  });
  assert.ok(provider);
  return JSON.stringify({
    idempotencyKey,
    serviceCode: service,
    channel: "portal",
    regionCode: region,
    districtId: district.id,
    providerId: provider.id,
    applicant: { iin: applicant.iin, surname: "Нұрланова", givenName: "Әйгерім" },
    documents: fullPackage(version, "portal"),
    ...extra,
  });
}
