import assert from "node:assert/strict";
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { QyzmetError } from "../core/errors.ts";
import { nextIin } from "../iin/index.ts";
import { type CertificationAuthority, createCa, issueCertificate, type KeyMaterial } from "./ca.ts";
import { signCms, verifyCms } from "./cms.ts";
import { encryptPrivateKey, loadKeyFile } from "./keyfile.ts";
import { readPkcs12, writePkcs12 } from "./pkcs12.ts";

const iin = nextIin({ birthDate: "1990-02-14", sex: "f", serial: 71 }).iin;
const PASSWORD = "p12-Пароль";
const hasOpenssl = spawnSync("openssl", ["version"]).status === 0;

function rejectsWith(code: string) {
  return (error: unknown) => {
    assert.ok(error instanceof QyzmetError, String(error));
    assert.equal(error.code, code);
    assert.equal(error.status, 400);
    return true;
  };
}

async function signsAndVerifies(loaded: KeyMaterial, ca: CertificationAuthority): Promise<string | null> {
  const data = new TextEncoder().encode("өтініш");
  const cms = await signCms(data, loaded.privateKey, loaded.certificate);
  const result = await verifyCms(cms, data, { trustedRoots: [ca.certificate], crls: [], revocation: "skip" });
  return result.signer.iin;
}

describe("PKCS#12 key files", () => {
  let ca: CertificationAuthority;
  let material: KeyMaterial;
  let dir: string;
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), "qyzmet-p12-"));
    ca = await createCa();
    material = await issueCertificate(ca, {
      holder: { iin, surname: "Сейткали", givenName: "Алия" },
      purpose: "signing",
    });
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it("round-trips: key, certificate and chain; the key signs what the certificate verifies", async () => {
    const bytes = await writePkcs12(material, PASSWORD);
    assert.equal(bytes[0], 0x30, "DER");
    const loaded = await readPkcs12(bytes, PASSWORD);
    assert.equal(loaded.certificate.serialNumber, material.certificate.serialNumber);
    assert.deepEqual(
      loaded.chain.map((c) => c.serialNumber),
      [ca.certificate.serialNumber],
    );
    assert.equal(await signsAndVerifies(loaded, ca), iin);
    const viaLoadKeyFile = await loadKeyFile(bytes, PASSWORD);
    assert.equal(viaLoadKeyFile.certificate.serialNumber, material.certificate.serialNumber);
  });

  it("a wrong password is EDS_KEY_FILE_PASSWORD (also through loadKeyFile)", async () => {
    const bytes = await writePkcs12(material, "right", { iterations: 2048 });
    await assert.rejects(readPkcs12(bytes, "wrong"), rejectsWith("EDS_KEY_FILE_PASSWORD"));
    await assert.rejects(loadKeyFile(bytes, "wrong"), rejectsWith("EDS_KEY_FILE_PASSWORD"));
  });

  it("garbage and truncated files are EDS_KEY_FILE_MALFORMED", async () => {
    const bytes = await writePkcs12(material, "pw", { iterations: 2048 });
    for (const bad of [
      new Uint8Array([0x30, 0x82, 1, 2]),
      new Uint8Array([0x30, 0x03, 0x02, 0x01, 0x03]),
      bytes.subarray(0, bytes.length >> 1),
      new TextEncoder().encode("not a key file"),
      new Uint8Array(0),
    ]) {
      await assert.rejects(readPkcs12(bad, "pw"), rejectsWith("EDS_KEY_FILE_MALFORMED"));
    }
  });

  it("OpenSSL reads what we write: the certificate subject and an unencrypted key come out", {
    skip: !hasOpenssl && "no openssl",
  }, async () => {
    const file = join(dir, "ours.p12");
    writeFileSync(file, await writePkcs12(material, PASSWORD, { friendlyName: "aliya" }));
    const env = { ...process.env, P12PASS: PASSWORD };
    const certs = execFileSync("openssl", ["pkcs12", "-in", file, "-passin", "env:P12PASS", "-nokeys"], {
      env,
    }).toString();
    assert.match(certs, new RegExp(`serialNumber ?= ?IIN${iin}`));
    assert.match(certs, /friendlyName: aliya/);
    assert.equal(certs.match(/BEGIN CERTIFICATE/g)?.length, 2, "the certificate and the root");
    const key = execFileSync(
      "openssl",
      ["pkcs12", "-in", file, "-passin", "env:P12PASS", "-nocerts", "-nodes"],
      { env },
    ).toString();
    assert.match(key, /-----BEGIN PRIVATE KEY-----/);
    const wrong = spawnSync("openssl", ["pkcs12", "-in", file, "-passin", "pass:nope", "-noout"]);
    assert.notEqual(wrong.status, 0, "OpenSSL rejects a wrong password (the MAC)");
  });

  it("we read what OpenSSL writes (openssl pkcs12 -export, default algorithms)", {
    skip: !hasOpenssl && "no openssl",
  }, async () => {
    const keyPem = join(dir, "key.pem");
    const certPem = join(dir, "cert.pem");
    const chainPem = join(dir, "chain.pem");
    const out = join(dir, "openssl.p12");
    writeFileSync(keyPem, encryptPrivateKey(material.privateKey, "keypw"));
    writeFileSync(certPem, material.certificate.toString("pem"));
    writeFileSync(chainPem, ca.certificate.toString("pem"));
    execFileSync(
      "openssl",
      [
        "pkcs12",
        "-export",
        "-inkey",
        keyPem,
        "-passin",
        "pass:keypw",
        "-in",
        certPem,
        "-certfile",
        chainPem,
        "-name",
        "from-openssl",
        "-passout",
        "env:P12PASS",
        "-out",
        out,
      ],
      { env: { ...process.env, P12PASS: PASSWORD } },
    );
    const bytes = new Uint8Array(readFileSync(out));
    const loaded = await readPkcs12(bytes, PASSWORD);
    assert.equal(loaded.certificate.serialNumber, material.certificate.serialNumber);
    assert.deepEqual(
      loaded.chain.map((c) => c.serialNumber),
      [ca.certificate.serialNumber],
    );
    assert.equal(await signsAndVerifies(loaded, ca), iin);
    await assert.rejects(readPkcs12(bytes, "wrong"), rejectsWith("EDS_KEY_FILE_PASSWORD"));
  });
});
