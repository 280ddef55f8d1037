/** OCSP (RFC 6960): the bundled responder for the test CA and verification that asks it. Real keys, real HTTP. */
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import type { QyzmetError } from "../core/errors.ts";
import { type CertificationAuthority, createCa, issueCertificate, type KeyMaterial } from "./ca.ts";
import { signCms, verifyCms } from "./cms.ts";
import { makeCrl, type Revocation } from "./crl.ts";
import { checkOcsp, httpOcsp, type OcspTransport, ocspRequest, ocspResponder, ocspUrlOf } from "./ocsp.ts";
import { type RunningOcspResponder, startOcspResponder } from "./ocsp-server.ts";

const holder = { iin: "900101300017", surname: "Тестов", givenName: "Тест" };
const data = new TextEncoder().encode("a portal request");

async function rejects(p: Promise<unknown>, code: string, check?: (e: QyzmetError) => void): Promise<void> {
  await assert.rejects(p, (e: QyzmetError) => {
    assert.equal(e.code, code, e.message);
    check?.(e);
    return true;
  });
}

describe("OCSP: the bundled responder and verification that uses it", () => {
  let ca: CertificationAuthority;
  let other: CertificationAuthority;
  const revoked: Revocation[] = [];
  let responder: RunningOcspResponder;
  let good: KeyMaterial;
  let bad: KeyMaterial;
  let noAia: KeyMaterial;
  const transport = httpOcsp(2000);

  before(async () => {
    ca = await createCa({});
    other = await createCa({ commonName: "Another CA" });
    responder = await startOcspResponder(ocspResponder(ca, () => revoked));
    good = await issueCertificate(ca, { holder, purpose: "signing", ocspUrl: responder.url });
    bad = await issueCertificate(ca, { holder, purpose: "signing", ocspUrl: responder.url });
    noAia = await issueCertificate(ca, { holder, purpose: "signing" });
    revoked.push({
      serial: bad.certificate.serialNumber.toLowerCase(),
      reason: "keyCompromise",
      date: "2026-01-05T00:00:00.000Z",
    });
  });
  after(async () => responder.close());

  const verify = async (key: KeyMaterial, extra: Partial<Parameters<typeof verifyCms>[2]> = {}) =>
    verifyCms(await signCms(data, key.privateKey, key.certificate, { chain: key.chain }), data, {
      trustedRoots: [ca.certificate],
      crls: [],
      ocsp: transport,
      ...extra,
    });

  it("the certificate carries the responder's URL in its Authority Information Access", () => {
    assert.equal(ocspUrlOf(good.certificate), responder.url);
    assert.equal(ocspUrlOf(noAia.certificate), null);
  });

  it("good: a CMS verifies by OCSP with no CRL at all", async () => {
    const v = await verify(good);
    assert.equal(v.signer.iin, holder.iin);
    const s = await checkOcsp(good.certificate, ca.certificate, responder.url, transport, new Date());
    assert.equal(s.status, "good");
  });

  it("revoked: EDS_CERT_REVOKED with the responder's date and reason", async () => {
    await rejects(verify(bad), "EDS_CERT_REVOKED", (e) => {
      assert.equal(e.details.reason, "keyCompromise");
      assert.equal(e.details.revokedAt, "2026-01-05T00:00:00.000Z");
      assert.equal(e.details.via, "ocsp");
    });
  });

  it("no OCSP URL in the certificate: the CRL decides (none → EDS_REVOCATION_UNKNOWN; a CRL → verified)", async () => {
    await rejects(verify(noAia), "EDS_REVOCATION_UNKNOWN");
    const v = await verify(noAia, { crls: [await makeCrl(ca, [])] });
    assert.equal(v.signer.iin, holder.iin);
  });

  it("the responder unreachable: EDS_OCSP_FAILED, not accepted", async () => {
    const down: OcspTransport = async () => {
      throw new Error("connection refused");
    };
    await rejects(verify(good, { ocsp: down }), "EDS_OCSP_FAILED", (e) =>
      assert.match(String(e.details.reason), /unreachable/),
    );
  });

  it("a response signed by another CA's key is refused (the responder is not authorised for this issuer)", async () => {
    const forger = ocspResponder({ certificate: ca.certificate, privateKey: other.privateKey }, () => []);
    await rejects(verify(bad, { ocsp: async (_url, req) => forger(req) }), "EDS_OCSP_FAILED");
  });

  it("a replayed answer (another request's nonce) and a stale one are refused", async () => {
    const honest = ocspResponder(ca, () => []);
    const old = await honest((await ocspRequest(good.certificate, ca.certificate)).der);
    await rejects(verify(good, { ocsp: async () => old }), "EDS_OCSP_FAILED", (e) =>
      assert.match(String(e.details.reason), /nonce/),
    );
    const stale = ocspResponder(ca, () => [], { now: () => new Date(Date.now() - 3 * 3_600_000) });
    await rejects(verify(good, { ocsp: async (_u, req) => stale(req) }), "EDS_OCSP_FAILED", (e) =>
      assert.match(String(e.details.reason), /stale/),
    );
  });

  it("another CA's certificate is unknown to this responder: EDS_REVOCATION_UNKNOWN", async () => {
    const stranger = await issueCertificate(other, { holder, purpose: "signing", ocspUrl: responder.url });
    const s = await checkOcsp(
      stranger.certificate,
      other.certificate,
      responder.url,
      async (url, req) => {
        // Our responder answers "unknown", signed by our CA: not authorised for the other issuer.
        return await transport(url, req);
      },
      new Date(),
    ).catch((e: QyzmetError) => e.code);
    assert.equal(s, "EDS_OCSP_FAILED");
    const own = ocspResponder(other, () => []);
    const unknown = await checkOcsp(
      good.certificate,
      ca.certificate,
      "local",
      async (_u, req) => {
        // Ask the other CA's responder about our certificate: it answers unknown, but it is not our issuer.
        return own(req);
      },
      new Date(),
    ).catch((e: QyzmetError) => e.code);
    assert.equal(unknown, "EDS_OCSP_FAILED");
  });

  it("garbage bytes from the responder: EDS_OCSP_FAILED (malformed)", async () => {
    await rejects(verify(good, { ocsp: async () => new Uint8Array([1, 2, 3]) }), "EDS_OCSP_FAILED", (e) =>
      assert.match(String(e.details.reason), /malformed/),
    );
  });
});
