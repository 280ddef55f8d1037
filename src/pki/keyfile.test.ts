import assert from "node:assert/strict";
import { before, describe, it } from "node:test";
import { QyzmetError } from "../core/errors.ts";
import { nextIin } from "../iin/index.ts";
import { type CertificationAuthority, createCa, issueCertificate, type KeyMaterial } from "./ca.ts";
import { signCms, verifyCms } from "./cms.ts";
import { loadKeyFile, writeKeyFile } from "./keyfile.ts";

const iin = nextIin({ birthDate: "1988-08-08", sex: "m", serial: 44 }).iin;

describe("key files", () => {
  let ca: CertificationAuthority;
  let material: KeyMaterial;
  before(async () => {
    ca = await createCa();
    material = await issueCertificate(ca, {
      holder: { iin, surname: "Нурланов", givenName: "Данияр" },
      purpose: "signing",
    });
  });

  it("round-trips with its password: the loaded key signs what the certificate verifies", async () => {
    const bytes = writeKeyFile(material, "s3cret-Пароль");
    assert.ok(!new TextDecoder().decode(bytes).includes("BEGIN PRIVATE KEY"), "the key is stored encrypted");
    const loaded = await loadKeyFile(bytes, "s3cret-Пароль");
    assert.equal(loaded.certificate.serialNumber, material.certificate.serialNumber);
    assert.deepEqual(
      loaded.chain.map((c) => c.serialNumber),
      [ca.certificate.serialNumber],
    );
    const data = new TextEncoder().encode("заявление");
    const cms = await signCms(data, loaded.privateKey, loaded.certificate);
    const result = await verifyCms(cms, data, {
      trustedRoots: [ca.certificate],
      crls: [],
      revocation: "skip",
    });
    assert.equal(result.signer.iin, iin);
  });

  it("a wrong password fails cleanly with EDS_KEY_FILE_PASSWORD", async () => {
    const bytes = writeKeyFile(material, "right");
    await assert.rejects(loadKeyFile(bytes, "wrong"), (error: unknown) => {
      assert.ok(error instanceof QyzmetError);
      assert.equal(error.code, "EDS_KEY_FILE_PASSWORD");
      assert.equal(error.status, 400);
      return true;
    });
  });

  it("a file that is not a key file fails with EDS_KEY_FILE_MALFORMED", async () => {
    await assert.rejects(loadKeyFile(new Uint8Array([0x30, 0x82, 1, 2]), "x"), (error: unknown) => {
      assert.ok(error instanceof QyzmetError);
      assert.equal(error.code, "EDS_KEY_FILE_MALFORMED");
      return true;
    });
  });
});
