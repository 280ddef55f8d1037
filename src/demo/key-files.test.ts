import assert from "node:assert/strict";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { seedOrganisation } from "../org/index.ts";
import { loadKeyFile } from "../pki/keyfile.ts";
import { readSubject } from "../pki/profile.ts";
import type { Store } from "../store/index.ts";
import { openTestStore } from "../store/testing.ts";
import { DEMO_KEY_PASSWORD, ensureCa, issueDemoKeyFiles } from "./key-files.ts";

describe("demo key files", () => {
  let store: Store;
  let dir: string;
  before(async () => {
    store = await openTestStore();
    await seedOrganisation(store.admin, { population: { count: 400 } });
    dir = mkdtempSync(join(tmpdir(), "qyzmet-demo-pki-"));
  });
  after(async () => {
    rmSync(dir, { recursive: true, force: true });
    await store.close();
  });

  it("the CA is created once; demo citizens get PKCS#12 signing keys for their own IIN", async () => {
    assert.equal(await ensureCa({ dir }), true);
    assert.equal(await ensureCa({ dir }), false);
    const written = await issueDemoKeyFiles(store.db, { dir }, 2);
    assert.equal(written.length, 2);
    for (const file of readdirSync(join(dir, "keys"))) {
      const material = await loadKeyFile(readFileSync(join(dir, "keys", file)), DEMO_KEY_PASSWORD);
      assert.equal(`${readSubject(material.certificate).iin}.p12`, file);
    }
    assert.deepEqual(await issueDemoKeyFiles(store.db, { dir }, 2), [], "a second run issues nothing");
  });
});
