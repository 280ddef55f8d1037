import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import * as asn1js from "asn1js";
import { QyzmetError } from "../core/errors.ts";
import { nextIin } from "../iin/index.ts";
import { type CertificationAuthority, createCa, issueCertificate, type KeyMaterial } from "./ca.ts";
import { signCms, type VerifyOptions, verifyCms } from "./cms.ts";
import { makeCrl } from "./crl.ts";
import { pkijs } from "./engine.ts";
import { ncanodeVerifier } from "./ncanode.ts";
import { type NcanodeStub, startNcanodeStub } from "./ncanode-stub.ts";
import {
  classifySignature,
  isGostOid,
  localVerifier,
  routingVerifier,
  type SignatureVerifier,
  signerAlgorithms,
} from "./verifier.ts";

const applicantIin = nextIin({ birthDate: "1985-03-14", sex: "f", serial: 21 }).iin;
const otherIin = nextIin({ birthDate: "1990-07-01", sex: "m", serial: 5 }).iin;
const request = new TextEncoder().encode(JSON.stringify({ service: "guardianship-certificate", id: "r-1" }));

function rejects(code: string, status?: number) {
  return (error: unknown) => {
    assert.ok(error instanceof QyzmetError, String(error));
    assert.equal(error.code, code, `${error.code}: ${error.message} ${JSON.stringify(error.details)}`);
    assert.ok(error.messages.kk && error.messages.ru && error.messages.en);
    if (status !== undefined) assert.equal(error.status, status);
    return true;
  };
}

/** Re-encodes a CMS with the first signer's signatureAlgorithm replaced (a GOST placeholder: not verifiable). */
function withSignerAlgorithm(signature: Uint8Array, oid: string): Uint8Array {
  const asn = asn1js.fromBER(new Uint8Array(signature).buffer);
  const info = new pkijs.ContentInfo({ schema: asn.result });
  const signed = new pkijs.SignedData({ schema: info.content });
  const signer = signed.signerInfos[0];
  assert.ok(signer);
  signer.signatureAlgorithm = new pkijs.AlgorithmIdentifier({ algorithmId: oid });
  const content = new pkijs.ContentInfo({ contentType: info.contentType, content: signed.toSchema(true) });
  return new Uint8Array(content.toSchema().toBER(false));
}

function spy(inner: SignatureVerifier): SignatureVerifier & { calls: number } {
  const s = {
    calls: 0,
    verify: (...args: Parameters<SignatureVerifier["verify"]>) => {
      s.calls++;
      return inner.verify(...args);
    },
  };
  return s;
}

describe("SignatureVerifier: local, NCANode adapter through the stub, routing", () => {
  let ca: CertificationAuthority;
  let applicant: KeyMaterial;
  let revoked: KeyMaterial;
  let options: VerifyOptions;
  let stub: NcanodeStub;
  let remote: SignatureVerifier;
  let good: Uint8Array;

  before(async () => {
    ca = await createCa();
    const person = { iin: applicantIin, surname: "Ахметова", givenName: "Айгерім", patronymic: "Сериковна" };
    [applicant, revoked] = await Promise.all([
      issueCertificate(ca, { holder: person, purpose: "signing" }),
      issueCertificate(ca, { holder: { ...person, iin: otherIin }, purpose: "signing" }),
    ]);
    const crl = await makeCrl(ca, [
      {
        serial: revoked.certificate.serialNumber.toLowerCase(),
        reason: "keyCompromise",
        date: new Date().toISOString(),
      },
    ]);
    options = { trustedRoots: [ca.certificate], crls: [crl], expect: { iin: applicantIin } };
    stub = await startNcanodeStub({ trustedRoots: [ca.certificate], crls: [crl], slowMs: 1_500 });
    remote = ncanodeVerifier({ url: stub.url, timeoutMs: 300, revocationCheck: ["CRL"] });
    good = await signCms(request, applicant.privateKey, applicant.certificate);
  });

  after(async () => {
    await stub.close();
  });

  it("a valid signature verifies through the stub with the same signer facts as locally", async () => {
    stub.mode = "ok";
    const local = await localVerifier.verify(good, request, options);
    const viaService = await remote.verify(good, request, options);
    assert.deepEqual(viaService.signer, local.signer);
    assert.equal(viaService.signer.iin, applicantIin);
    assert.deepEqual(viaService.signer.roles, ["individual"]);
    assert.equal(viaService.signingTime?.getTime(), local.signingTime?.getTime());
    assert.equal(viaService.certificate.serialNumber, local.certificate.serialNumber);
    const sent = stub.requests.at(-1) as { cms: string; data: string; revocationCheck: string[] };
    assert.equal(sent.cms, Buffer.from(good).toString("base64"));
    assert.equal(sent.data, Buffer.from(request).toString("base64"));
    assert.deepEqual(sent.revocationCheck, ["CRL"]);
  });

  it("tampered bytes → EDS_SIGNATURE_INVALID", async () => {
    stub.mode = "ok";
    const tampered = new TextEncoder().encode(
      JSON.stringify({ service: "guardianship-certificate", id: "r-2" }),
    );
    await assert.rejects(remote.verify(good, tampered, options), rejects("EDS_SIGNATURE_INVALID", 422));
  });

  it("a revoked certificate → EDS_CERT_REVOKED", async () => {
    stub.mode = "ok";
    const signature = await signCms(request, revoked.privateKey, revoked.certificate);
    await assert.rejects(
      remote.verify(signature, request, { ...options, expect: {} }),
      rejects("EDS_CERT_REVOKED", 422),
    );
  });

  it("another person's IIN (checked on our side from the returned subject) → EDS_IIN_MISMATCH", async () => {
    stub.mode = "ok";
    await assert.rejects(
      remote.verify(good, request, { ...options, expect: { iin: otherIin } }),
      rejects("EDS_IIN_MISMATCH", 422),
    );
  });

  it("an authentication key expected but a signing key used → EDS_WRONG_KEY_USAGE; no revocation data → EDS_REVOCATION_UNKNOWN", async () => {
    stub.mode = "ok";
    await assert.rejects(
      remote.verify(good, request, { ...options, expect: { keyUsage: "auth" } }),
      rejects("EDS_WRONG_KEY_USAGE"),
    );
    stub.config.crls = [];
    try {
      await assert.rejects(remote.verify(good, request, options), rejects("EDS_REVOCATION_UNKNOWN"));
      await remote.verify(good, request, { ...options, revocation: "skip" });
      assert.deepEqual((stub.requests.at(-1) as { revocationCheck: string[] }).revocationCheck, []);
    } finally {
      stub.config.crls = options.crls;
    }
  });

  it("an untrusted chain and malformed bytes map like verifyCms", async () => {
    stub.mode = "ok";
    const stranger = await createCa({ commonName: "Some other CA" });
    const foreign = await issueCertificate(stranger, {
      holder: { iin: applicantIin, surname: "Ахметова", givenName: "Айгерім" },
      purpose: "signing",
    });
    const signature = await signCms(request, foreign.privateKey, foreign.certificate);
    await assert.rejects(remote.verify(signature, request, options), rejects("EDS_UNTRUSTED_CHAIN"));
    await assert.rejects(
      remote.verify(new Uint8Array([1, 2, 3]), request, options),
      rejects("EDS_MALFORMED", 400),
    );
  });

  it("the service answering 503 → EDS_VERIFIER_UNAVAILABLE", async () => {
    stub.mode = "unavailable";
    await assert.rejects(remote.verify(good, request, options), rejects("EDS_VERIFIER_UNAVAILABLE", 503));
  });

  it("the service too slow (AbortSignal.timeout) → EDS_VERIFIER_UNAVAILABLE", async () => {
    stub.mode = "slow";
    const started = Date.now();
    await assert.rejects(remote.verify(good, request, options), rejects("EDS_VERIFIER_UNAVAILABLE", 503));
    assert.ok(Date.now() - started < 1_400, "gave up at the timeout, not after the answer");
  });

  it("garbage or a JSON answer outside the contract → EDS_VERIFIER_BAD_ANSWER", async () => {
    stub.mode = "garbage";
    await assert.rejects(remote.verify(good, request, options), rejects("EDS_VERIFIER_BAD_ANSWER", 503));
    stub.mode = "wrong-shape";
    await assert.rejects(remote.verify(good, request, options), rejects("EDS_VERIFIER_BAD_ANSWER", 503));
  });

  it("the service down (connection refused) → EDS_VERIFIER_UNAVAILABLE", async () => {
    const down = await startNcanodeStub({ trustedRoots: [ca.certificate], crls: options.crls });
    const url = down.url;
    await down.close();
    await assert.rejects(
      ncanodeVerifier({ url, timeoutMs: 1_000 }).verify(good, request, options),
      rejects("EDS_VERIFIER_UNAVAILABLE", 503),
    );
  });

  it("classifies algorithm OIDs (the classification function directly)", () => {
    for (const oid of [
      "1.2.398.3.10.1.1.2.3.1",
      "1.2.398.3.10.1.1.2.3.2",
      "1.2.398.3.10.1.1.1.1",
      "1.2.398.3.10.1.1.1.2",
      "1.2.643.7.1.1.1.1",
      "1.2.643.7.1.1.1.2",
      "1.2.643.7.1.1.3.2",
      "1.2.643.7.1.1.3.3",
      "1.2.643.2.2.19",
      "1.2.643.2.2.3",
    ])
      assert.ok(isGostOid(oid), oid);
    for (const oid of [
      "1.2.840.113549.1.1.11", // sha256WithRSAEncryption
      "1.2.840.113549.1.1.1", // rsaEncryption
      "1.2.840.10045.4.3.2", // ecdsa-with-SHA256
      "1.2.840.10045.2.1", // id-ecPublicKey
      "1.2.398.3.10.1.1.20", // not under a GOST arc despite the prefix string
      "1.2.643.7.1.1.2.2", // Streebog-256 digest, not a signature algorithm
    ])
      assert.ok(!isGostOid(oid), oid);
  });

  it("routes an RSA CMS to the local verifier and a CMS whose signer algorithm OID is GOST to the remote one", async () => {
    stub.mode = "ok";
    const local = spy(localVerifier);
    const gost = spy(remote);
    const router = routingVerifier({ local, gost });

    assert.equal(signerAlgorithms(good)?.signature, "1.2.840.113549.1.1.11");
    assert.equal(classifySignature(good), "local");
    const verified = await router.verify(good, request, options);
    assert.equal(verified.signer.iin, applicantIin);
    assert.deepEqual([local.calls, gost.calls], [1, 0]);

    // A real CMS built with pkijs whose SignerInfo.signatureAlgorithm is set to the KZ GOST 2015 OID.
    const placeholder = withSignerAlgorithm(good, "1.2.398.3.10.1.1.2.3.2");
    assert.equal(signerAlgorithms(placeholder)?.signature, "1.2.398.3.10.1.1.2.3.2");
    assert.equal(classifySignature(placeholder), "gost");
    // The stub verifies with WebCrypto underneath, which cannot check the placeholder: it is only routed.
    await assert.rejects(router.verify(placeholder, request, options), rejects("EDS_SIGNATURE_INVALID"));
    assert.deepEqual([local.calls, gost.calls], [1, 1]);
    assert.equal(
      stub.requests.at(-1) && (stub.requests.at(-1) as { cms: string }).cms,
      Buffer.from(placeholder).toString("base64"),
    );

    // Not a CMS at all: local, which says EDS_MALFORMED.
    await assert.rejects(
      router.verify(new Uint8Array([0x30, 0x00]), request, options),
      rejects("EDS_MALFORMED"),
    );
    assert.deepEqual([local.calls, gost.calls], [2, 1]);
  });

  it("verifyCms and localVerifier agree", async () => {
    assert.deepEqual(
      (await localVerifier.verify(good, request, options)).signer,
      (await verifyCms(good, request, options)).signer,
    );
  });
});
