import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { nextBin, nextIin } from "../iin/index.ts";
import { signCms, verifyCms } from "../pki/cms.ts";
import { x509 } from "../pki/engine.ts";
import { loadKeyFile } from "../pki/keyfile.ts";
import { loadCa } from "../pki/store.ts";
import type { Io } from "./io.ts";
import { main } from "./main.ts";

function captureIo(): Io & { lines: string[] } {
  const lines: string[] = [];
  return { lines, out: (s: string) => lines.push(s), err: (s: string) => lines.push(s) };
}

const iin = nextIin({ birthDate: "1979-05-09", sex: "m", serial: 12 }).iin;
const bin = nextBin({
  year: 2001,
  month: 3,
  entityType: "resident_legal_entity",
  attribute: "head_office",
  serial: 9,
}).bin;

describe("qyzmet pki", () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), "qyzmet-pki-"));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it("init, issue, sign, revoke and crl: the revoked key's signature is then rejected", async () => {
    const pki = join(dir, "pki");
    let io = captureIo();
    assert.equal(await main(["pki", "init", "--dir", pki], io), 0, io.lines.join("\n"));
    io = captureIo();
    assert.equal(await main(["pki", "init", "--dir", pki], io), 2, "a second init refuses to overwrite");
    assert.match(io.lines.join("\n"), /PKI_CA_EXISTS/);

    const keyFile = join(dir, "head.pem");
    io = captureIo();
    const issueArgs = ["pki", "issue", "--dir", pki, "--iin", iin, "--name", "ОСПАНОВ Ерлан Маратович"];
    const orgArgs = ["--bin", bin, "--org", "ГУ «Аппарат акима»", "--role", "head"];
    assert.equal(
      await main([...issueArgs, ...orgArgs, "--out", keyFile, "--password", "pw-1"], io),
      0,
      io.lines.join("\n"),
    );
    const material = await loadKeyFile(readFileSync(keyFile), "pw-1");
    const serial = material.certificate.serialNumber.toLowerCase();
    assert.match(io.lines.join("\n"), new RegExp(serial));

    const ca = await loadCa({ dir: pki });
    const data = new TextEncoder().encode("результат");
    const cms = await signCms(data, material.privateKey, material.certificate);
    const crlFile = join(dir, "ca.crl");
    assert.equal(await main(["pki", "crl", "--dir", pki, "--out", crlFile], captureIo()), 0);
    const ok = await verifyCms(cms, data, {
      trustedRoots: [ca.certificate],
      crls: [new x509.X509Crl(readFileSync(crlFile))],
      expect: { iin, bin, roles: ["head", "signer"] },
    });
    assert.deepEqual(ok.signer.roles, ["organisation", "head"]);

    io = captureIo();
    assert.equal(await main(["pki", "revoke", serial, "--reason", "keyCompromise", "--dir", pki], io), 0);
    assert.equal(await main(["pki", "crl", "--dir", pki, "--out", crlFile], captureIo()), 0);
    await assert.rejects(
      verifyCms(cms, data, {
        trustedRoots: [ca.certificate],
        crls: [new x509.X509Crl(readFileSync(crlFile))],
      }),
      /revoked/,
    );
  });

  it("--out x.p12 writes PKCS#12 that loadKeyFile reads and whose key signs a verifying CMS; .pem stays PEM", async () => {
    const pki = join(dir, "pki-p12");
    assert.equal(await main(["pki", "init", "--dir", pki], captureIo()), 0);
    const issueArgs = [
      "pki",
      "issue",
      "--dir",
      pki,
      "--iin",
      iin,
      "--name",
      "ОСПАНОВ Ерлан",
      "--password",
      "pw-2",
    ];
    const p12 = join(dir, "erlan.p12");
    let io = captureIo();
    assert.equal(await main([...issueArgs, "--out", p12], io), 0, io.lines.join("\n"));
    assert.match(io.lines.join("\n"), /PKCS#12/);
    const bytes = readFileSync(p12);
    assert.equal(bytes[0], 0x30, "DER, not PEM");
    const material = await loadKeyFile(bytes, "pw-2");
    const ca = await loadCa({ dir: pki });
    assert.deepEqual(
      material.chain.map((c) => c.serialNumber),
      [ca.certificate.serialNumber],
    );
    const data = new TextEncoder().encode("анықтама");
    const cms = await signCms(data, material.privateKey, material.certificate);
    const ok = await verifyCms(cms, data, { trustedRoots: [ca.certificate], crls: [], revocation: "skip" });
    assert.equal(ok.signer.iin, iin);

    const pem = join(dir, "erlan.pem");
    io = captureIo();
    assert.equal(await main([...issueArgs, "--out", pem], io), 0, io.lines.join("\n"));
    assert.match(readFileSync(pem, "utf8"), /^-----BEGIN ENCRYPTED PRIVATE KEY-----/);
    assert.match(io.lines.join("\n"), /PEM bundle/);

    const forced = join(dir, "erlan.key");
    assert.equal(await main([...issueArgs, "--out", forced, "--format", "p12"], captureIo()), 0);
    assert.equal(readFileSync(forced)[0], 0x30, "--format p12 overrides the extension");
    assert.equal((await loadKeyFile(readFileSync(forced), "pw-2")).certificate.subject.includes(iin), true);
  });

  it("rejects bad input with exit code 2: invalid IIN, BIN without org, unknown serial, unknown reason", async () => {
    const pki = join(dir, "pki2");
    assert.equal(await main(["pki", "init", "--dir", pki], captureIo()), 0);
    const out = join(dir, "x.pem");
    const cases: [string[], RegExp][] = [
      [
        ["pki", "issue", "--dir", pki, "--iin", "123456789012", "--name", "A B", "--out", out],
        /not a valid IIN/,
      ],
      [["pki", "issue", "--dir", pki, "--iin", iin, "--name", "Single", "--out", out], /--name/],
      [["pki", "issue", "--dir", pki, "--iin", iin, "--name", "A B", "--bin", bin, "--out", out], /--org/],
      [
        ["pki", "issue", "--dir", pki, "--iin", iin, "--name", "A B", "--usage", "x", "--out", out],
        /--usage/,
      ],
      [["pki", "revoke", "abcdef", "--dir", pki], /PKI_UNKNOWN_SERIAL/],
      [["pki", "revoke", "abcdef", "--reason", "bored", "--dir", pki], /--reason/],
      [
        ["pki", "issue", "--dir", pki, "--iin", iin, "--name", "A B", "--out", out, "--format", "jks"],
        /--format/,
      ],
      [["pki", "frobnicate"], /Unknown pki command/],
    ];
    for (const [args, message] of cases) {
      const io = captureIo();
      assert.equal(await main(args, io), 2, args.join(" "));
      assert.match(io.lines.join("\n"), message);
    }
  });

  it("a missing CA is a clear error", async () => {
    const io = captureIo();
    assert.equal(await main(["pki", "crl", "--dir", join(dir, "none"), "--out", join(dir, "c.crl")], io), 2);
    assert.match(io.lines.join("\n"), /PKI_CA_MISSING/);
  });
});
