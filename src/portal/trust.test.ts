import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, describe, it } from "node:test";
import { initCa, issue, revoke } from "../pki/index.ts";
import { trustFromPkiDir } from "./trust.ts";

describe("trustFromPkiDir", () => {
  const dir = mkdtempSync(join(tmpdir(), "qyzmet-trust-"));
  after(() => rmSync(dir, { recursive: true, force: true }));

  it("no CA in the directory → PKI_CA_MISSING", async () => {
    await assert.rejects(trustFromPkiDir(join(dir, "none")), { code: "PKI_CA_MISSING" });
  });

  it("the CA is the root; the CRL is signed afresh and follows revocations", async () => {
    const ca = await initCa({ dir });
    const trust = await trustFromPkiDir(dir);
    assert.equal(trust.roots.length, 1);
    assert.equal(trust.roots[0]?.serialNumber, ca.certificate.serialNumber);
    const [empty] = await trust.crls();
    assert.ok(empty);
    assert.equal(empty.entries.length, 0);
    assert.ok(await empty.verify({ publicKey: ca.certificate.publicKey }));
    const material = await issue(
      { holder: { iin: "850314400218", surname: "Ахметова", givenName: "Айгерім" }, purpose: "signing" },
      { dir },
    );
    revoke(material.certificate.serialNumber, "keyCompromise", { dir });
    const [crl] = await trust.crls();
    assert.equal(crl?.entries.length, 1);
    assert.equal(
      crl?.entries[0]?.serialNumber.toLowerCase(),
      material.certificate.serialNumber.toLowerCase(),
    );
  });
});
