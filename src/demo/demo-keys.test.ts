import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import type { FastifyInstance } from "fastify";
import type { Problem } from "../api/problems.ts";
import { CITIZEN_COOKIE } from "../api/routes/citizens.ts";
import { buildServer } from "../api/server.ts";
import { staffSessions } from "../api/testing.ts";
import { defaultCalendar } from "../calendar/index.ts";
import { loadCatalog } from "../catalog/catalog.ts";
import { lastCodeSentTo } from "../citizens/index.ts";
import { personsWithPhone } from "../citizens/testing.ts";
import { seedOrganisation } from "../org/index.ts";
import { makeCrl, readPkcs12, signCms, verifyCms } from "../pki/index.ts";
import { readSubject } from "../pki/profile.ts";
import { issued, loadCa } from "../pki/store.ts";
import type { Store } from "../store/index.ts";
import { openTestStore } from "../store/testing.ts";
import { demoKeyFiles, staffKeyProfile } from "./demo-keys.ts";
import { DEMO_KEY_PASSWORD, ensureCa } from "./key-files.ts";

describe("demo key files for every demo user, issued on first request", () => {
  let store: Store;
  let dir: string;
  let app: FastifyInstance;
  const staff = staffSessions(() => app);

  before(async () => {
    store = await openTestStore();
    await seedOrganisation(store.admin, { population: { count: 60 } });
    dir = mkdtempSync(join(tmpdir(), "qyzmet-demo-keys-"));
    await ensureCa({ dir });
    app = await buildServer({
      store,
      catalog: loadCatalog(),
      calendar: defaultCalendar(),
      insecureCookies: true,
      demo: { keyDir: join(dir, "keys"), keyFiles: demoKeyFiles(store.db, { dir }) },
    });
    await app.ready();
  });
  after(async () => {
    await app.close();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("the key profile by staff roles: heads and akims head, department heads signer, the rest employee auth", () => {
    assert.deepEqual(staffKeyProfile(["head"]), { role: "head", purpose: "signing" });
    assert.deepEqual(staffKeyProfile(["akim", "head"]), { role: "head", purpose: "signing" });
    assert.deepEqual(staffKeyProfile(["department_head"]), { role: "signer", purpose: "signing" });
    assert.deepEqual(staffKeyProfile(["responsible_executor"]), { role: "employee", purpose: "auth" });
  });

  it("a citizen with a portal account downloads their own signing key; twice is the same file; concurrent asks issue once", async () => {
    const [p] = await personsWithPhone(store.admin, 1);
    assert.ok(p);
    const post = (url: string, payload: Record<string, unknown>) =>
      app.inject({ method: "POST", url, payload });
    assert.equal(
      (await post("/api/v1/citizen/register", { iin: p.iin, password: "Qyzmet2025", phone: p.phone }))
        .statusCode,
      202,
    );
    const code = await lastCodeSentTo(store.admin, p.phone);
    assert.equal((await post("/api/v1/citizen/register/confirm", { iin: p.iin, code })).statusCode, 201);
    const signIn = await post("/api/v1/citizen/sign-in", { iin: p.iin, password: "Qyzmet2025" });
    const cookie = signIn.cookies.find((c) => c.name === CITIZEN_COOKIE)?.value ?? "";
    const get = () =>
      app.inject({ method: "GET", url: "/api/v1/demo/key-file", cookies: { [CITIZEN_COOKIE]: cookie } });
    const before = issued({ dir }).length;
    const [a, b] = await Promise.all([get(), get()]);
    assert.equal(a?.statusCode, 200, a?.body);
    assert.equal(a?.headers["content-type"], "application/x-pkcs12");
    assert.deepEqual(a?.rawPayload, b?.rawPayload, "the same file");
    assert.equal(issued({ dir }).length, before + 1, "issued once");
    const material = await readPkcs12(new Uint8Array(a?.rawPayload ?? []), DEMO_KEY_PASSWORD);
    const s = readSubject(material.certificate);
    assert.equal(s.iin, p.iin);
    assert.deepEqual(s.roles, ["individual"]);
    assert.deepEqual(readFileSync(join(dir, "keys", `${p.iin}.p12`)), a?.rawPayload);
    assert.equal((await get()).headers["x-qyzmet-key-created"], "false");
  });

  it("a head's key signs a result the documents' rule accepts (IIN, the provider's BIN, role head); an executor's is for authentication", async () => {
    const head = await app.inject({
      method: "GET",
      url: "/api/v1/demo/key-file",
      headers: await staff("kzo-d01-edu.head"),
    });
    assert.equal(head.statusCode, 200, head.body);
    assert.equal(head.headers["x-qyzmet-key-purpose"], "signing");
    const key = await readPkcs12(new Uint8Array(head.rawPayload), DEMO_KEY_PASSWORD);
    const row = await store.admin
      .selectFrom("staff")
      .innerJoin("providers", "providers.id", "staff.provider_id")
      .select(["staff.iin", "providers.bin"])
      .where("login", "=", "kzo-d01-edu.head")
      .executeTakeFirstOrThrow();
    const bytes = new TextEncoder().encode("result");
    const cms = await signCms(bytes, key.privateKey, key.certificate, { chain: key.chain });
    const ca = await loadCa({ dir });
    const verified = await verifyCms(cms, bytes, {
      trustedRoots: [ca.certificate],
      crls: [await makeCrl(ca, [])],
      expect: { iin: row.iin, bin: row.bin, roles: ["head", "signer"], keyUsage: "signing" },
    });
    assert.equal(verified.signer.iin, row.iin);

    const dept = await app.inject({
      method: "GET",
      url: "/api/v1/demo/key-file",
      headers: await staff("kzo-d01-edu.dept"),
    });
    assert.equal(dept.statusCode, 200, dept.body);
    const deptKey = await readPkcs12(new Uint8Array(dept.rawPayload), DEMO_KEY_PASSWORD);
    assert.deepEqual(readSubject(deptKey.certificate).roles, ["organisation", "signer"]);

    const exec = await app.inject({
      method: "GET",
      url: "/api/v1/demo/key-file",
      headers: await staff("kzo-d01-edu.executor"),
    });
    assert.equal(exec.headers["x-qyzmet-key-purpose"], "auth");
    const execKey = await readPkcs12(new Uint8Array(exec.rawPayload), DEMO_KEY_PASSWORD);
    assert.deepEqual(readSubject(execKey.certificate).roles, ["organisation", "employee"]);
  });

  it("no key for a supervisor (no organisation), nor for anyone not signed in", async () => {
    const sup = await app.inject({
      method: "GET",
      url: "/api/v1/demo/key-file",
      headers: await staff("kzo.supervisor"),
    });
    assert.equal(sup.statusCode, 404);
    assert.equal(sup.json<Problem>().code, "DEMO_KEY_HOLDER_UNKNOWN");
    const nobody = await app.inject({ method: "GET", url: "/api/v1/demo/key-file" });
    assert.equal(nobody.statusCode, 401);
  });
});
