import assert from "node:assert/strict";
import { before, describe, it } from "node:test";
import { QyzmetError } from "../core/errors.ts";
import { nextBin, nextIin } from "../iin/index.ts";
import { type CertificationAuthority, createCa, issueCertificate, type KeyMaterial } from "./ca.ts";
import { signCms, type VerifyOptions, verifyCms } from "./cms.ts";
import { makeCrl } from "./crl.ts";
import type { x509 } from "./engine.ts";
import { OID, readSubject } from "./profile.ts";

const applicantIin = nextIin({ birthDate: "1985-03-14", sex: "f", serial: 21 }).iin;
const otherIin = nextIin({ birthDate: "1990-07-01", sex: "m", serial: 5 }).iin;
const headIin = nextIin({ birthDate: "1970-11-20", sex: "m", serial: 3 }).iin;
const clerkIin = nextIin({ birthDate: "1995-02-02", sex: "f", serial: 8 }).iin;
const bin = nextBin({
  year: 2008,
  month: 4,
  entityType: "resident_legal_entity",
  attribute: "head_office",
  serial: 120,
}).bin;
const request = new TextEncoder().encode(JSON.stringify({ service: "guardianship-certificate", id: "r-1" }));
const DAY = 86_400_000;

function rejects(code: string) {
  return (error: unknown) => {
    assert.ok(error instanceof QyzmetError, String(error));
    assert.equal(error.code, code, `${error.code}: ${error.message} ${JSON.stringify(error.details)}`);
    assert.ok(error.messages.kk && error.messages.ru && error.messages.en);
    assert.equal(error.status, code === "EDS_MALFORMED" ? 400 : 422);
    return true;
  };
}

describe("CMS signatures with the test NCA profile", () => {
  let ca: CertificationAuthority;
  let stranger: CertificationAuthority;
  let applicant: KeyMaterial;
  let applicantAuth: KeyMaterial;
  let head: KeyMaterial;
  let clerk: KeyMaterial;
  let revoked: KeyMaterial;
  let expired: KeyMaterial;
  let future: KeyMaterial;
  let foreign: KeyMaterial;
  let crl: x509.X509Crl;
  let options: VerifyOptions;

  before(async () => {
    [ca, stranger] = await Promise.all([createCa(), createCa({ commonName: "Some other CA" })]);
    const person = { iin: applicantIin, surname: "Ахметова", givenName: "Айгерім", patronymic: "Сериковна" };
    [applicant, applicantAuth, head, clerk, revoked, expired, future, foreign] = await Promise.all([
      issueCertificate(ca, { holder: person, purpose: "signing" }),
      issueCertificate(ca, { holder: person, purpose: "auth" }),
      issueCertificate(ca, {
        holder: {
          iin: headIin,
          surname: "Оспанов",
          givenName: "Ерлан",
          organisation: { bin, name: "ГУ «Отдел образования района Алматы»", role: "head" },
        },
        purpose: "signing",
      }),
      issueCertificate(ca, {
        holder: {
          iin: clerkIin,
          surname: "Ким",
          givenName: "Алина",
          organisation: { bin, name: "ГУ «Отдел образования района Алматы»", role: "employee" },
        },
        purpose: "signing",
      }),
      issueCertificate(ca, { holder: { ...person, iin: otherIin }, purpose: "signing" }),
      issueCertificate(ca, {
        holder: person,
        purpose: "signing",
        notBefore: new Date(Date.now() - 400 * DAY),
        notAfter: new Date(Date.now() - 35 * DAY),
      }),
      issueCertificate(ca, {
        holder: person,
        purpose: "signing",
        notBefore: new Date(Date.now() + 10 * DAY),
      }),
      issueCertificate(stranger, { holder: person, purpose: "signing" }),
    ]);
    crl = await makeCrl(ca, [
      {
        serial: revoked.certificate.serialNumber.toLowerCase(),
        reason: "keyCompromise",
        date: new Date().toISOString(),
      },
    ]);
    options = { trustedRoots: [ca.certificate], crls: [crl] };
  });

  it("issues the NCA profile: SERIALNUMBER=IIN…, CN, SURNAME, G, C=KZ, role OIDs, signing key usage", () => {
    const s = readSubject(applicant.certificate);
    assert.equal(s.iin, applicantIin);
    assert.equal(s.commonName, "АХМЕТОВА АЙГЕРІМ");
    assert.equal(s.surname, "АХМЕТОВА");
    assert.equal(s.givenName, "СЕРИКОВНА");
    assert.equal(s.bin, null);
    assert.deepEqual(s.roles, ["individual"]);
    assert.deepEqual(applicant.certificate.subjectName.getField(OID.serialNumber), [`IIN${applicantIin}`]);
    assert.deepEqual(applicant.certificate.subjectName.getField(OID.country), ["KZ"]);
    assert.equal(applicant.certificate.serialNumber.length, 32);
    const h = readSubject(head.certificate);
    assert.equal(h.bin, bin);
    assert.equal(h.organisation, "ГУ «Отдел образования района Алматы»");
    assert.deepEqual(h.roles, ["organisation", "head"]);
  });

  it("verifies a valid detached signature and returns the signer's IIN and roles", async () => {
    const signingTime = new Date(Date.now() - 5_000);
    const cms = await signCms(request, applicant.privateKey, applicant.certificate, { signingTime });
    const result = await verifyCms(cms, request, {
      ...options,
      expect: { iin: applicantIin, keyUsage: "signing" },
    });
    assert.equal(result.signer.iin, applicantIin);
    assert.equal(result.signer.bin, null);
    assert.deepEqual(result.signer.roles, ["individual"]);
    assert.equal(result.signer.serial, applicant.certificate.serialNumber.toLowerCase());
    assert.equal(result.signingTime?.getTime(), Math.floor(signingTime.getTime() / 1000) * 1000);
  });

  it("verifies an organisation's head signing a result and returns the BIN", async () => {
    const cms = await signCms(request, head.privateKey, head.certificate, { chain: [ca.certificate] });
    const result = await verifyCms(cms, request, {
      ...options,
      expect: { iin: headIin, bin, roles: ["head", "signer"] },
    });
    assert.equal(result.signer.bin, bin);
    assert.deepEqual(result.signer.roles, ["organisation", "head"]);
  });

  it("verifies an attached signature without separate data", async () => {
    const cms = await signCms(request, applicant.privateKey, applicant.certificate, { detached: false });
    const result = await verifyCms(cms, undefined, options);
    assert.equal(result.signer.iin, applicantIin);
  });

  it("a changed byte in the data → EDS_SIGNATURE_INVALID", async () => {
    const cms = await signCms(request, applicant.privateKey, applicant.certificate);
    const tampered = request.slice();
    tampered[5] = (tampered[5] ?? 0) ^ 1;
    await assert.rejects(verifyCms(cms, tampered, options), rejects("EDS_SIGNATURE_INVALID"));
  });

  it("a changed byte in the signature value → EDS_SIGNATURE_INVALID", async () => {
    const cms = await signCms(request, applicant.privateKey, applicant.certificate);
    const tampered = cms.slice();
    const at = tampered.length - 10;
    tampered[at] = (tampered[at] ?? 0) ^ 0xff;
    await assert.rejects(verifyCms(tampered, request, options), rejects("EDS_SIGNATURE_INVALID"));
  });

  it("a certificate from another CA → EDS_UNTRUSTED_CHAIN", async () => {
    const cms = await signCms(request, foreign.privateKey, foreign.certificate, {
      chain: [stranger.certificate],
    });
    await assert.rejects(verifyCms(cms, request, options), rejects("EDS_UNTRUSTED_CHAIN"));
  });

  it("a self-signed certificate → EDS_UNTRUSTED_CHAIN", async () => {
    const cms = await signCms(request, stranger.privateKey, stranger.certificate);
    await assert.rejects(verifyCms(cms, request, options), rejects("EDS_UNTRUSTED_CHAIN"));
  });

  it("an expired certificate at signing time → EDS_CERT_EXPIRED", async () => {
    const cms = await signCms(request, expired.privateKey, expired.certificate);
    await assert.rejects(verifyCms(cms, request, options), rejects("EDS_CERT_EXPIRED"));
  });

  it("a certificate not yet valid at signing time → EDS_CERT_NOT_YET_VALID", async () => {
    const cms = await signCms(request, future.privateKey, future.certificate);
    await assert.rejects(verifyCms(cms, request, options), rejects("EDS_CERT_NOT_YET_VALID"));
  });

  it("verifying `at` a date outside validity gives the same codes", async () => {
    const cms = await signCms(request, applicant.privateKey, applicant.certificate);
    await assert.rejects(
      verifyCms(cms, request, { ...options, at: new Date(Date.now() + 2 * 365 * DAY) }),
      rejects("EDS_CERT_EXPIRED"),
    );
    await assert.rejects(
      verifyCms(cms, request, { ...options, at: new Date(Date.now() - 2 * DAY) }),
      rejects("EDS_CERT_NOT_YET_VALID"),
    );
  });

  it("a revoked certificate → EDS_CERT_REVOKED", async () => {
    const cms = await signCms(request, revoked.privateKey, revoked.certificate);
    await assert.rejects(verifyCms(cms, request, options), (error: unknown) => {
      rejects("EDS_CERT_REVOKED")(error);
      assert.equal((error as QyzmetError).details.reason, "keyCompromise");
      return true;
    });
  });

  it("no CRL of the issuer → EDS_REVOCATION_UNKNOWN (fails closed)", async () => {
    const cms = await signCms(request, applicant.privateKey, applicant.certificate);
    await assert.rejects(
      verifyCms(cms, request, { ...options, crls: [] }),
      rejects("EDS_REVOCATION_UNKNOWN"),
    );
  });

  it("an authentication key used to sign → EDS_WRONG_KEY_USAGE", async () => {
    const cms = await signCms(request, applicantAuth.privateKey, applicantAuth.certificate);
    await assert.rejects(
      verifyCms(cms, request, { ...options, expect: { keyUsage: "signing" } }),
      rejects("EDS_WRONG_KEY_USAGE"),
    );
  });

  it("the IIN of another person → EDS_IIN_MISMATCH", async () => {
    const cms = await signCms(request, applicant.privateKey, applicant.certificate);
    await assert.rejects(
      verifyCms(cms, request, { ...options, expect: { iin: otherIin } }),
      rejects("EDS_IIN_MISMATCH"),
    );
  });

  it("the BIN of another organisation → EDS_BIN_MISMATCH", async () => {
    const cms = await signCms(request, head.privateKey, head.certificate);
    const otherBin = nextBin({
      year: 2010,
      month: 1,
      entityType: "resident_legal_entity",
      attribute: "head_office",
      serial: 7,
    }).bin;
    await assert.rejects(
      verifyCms(cms, request, { ...options, expect: { iin: headIin, bin: otherBin } }),
      rejects("EDS_BIN_MISMATCH"),
    );
  });

  it("an employee without the right to sign where a signer is required → EDS_ROLE_NOT_ALLOWED", async () => {
    const cms = await signCms(request, clerk.privateKey, clerk.certificate);
    await assert.rejects(
      verifyCms(cms, request, { ...options, expect: { iin: clerkIin, bin, roles: ["head", "signer"] } }),
      rejects("EDS_ROLE_NOT_ALLOWED"),
    );
  });

  it("garbage bytes → EDS_MALFORMED", async () => {
    await assert.rejects(
      verifyCms(new Uint8Array([1, 2, 3, 4, 5]), request, options),
      rejects("EDS_MALFORMED"),
    );
    await assert.rejects(verifyCms(new Uint8Array(0), request, options), rejects("EDS_MALFORMED"));
    await assert.rejects(verifyCms(request, request, options), rejects("EDS_MALFORMED"));
  });

  it("a detached signature without its data → EDS_MALFORMED", async () => {
    const cms = await signCms(request, applicant.privateKey, applicant.certificate);
    await assert.rejects(verifyCms(cms, undefined, options), rejects("EDS_MALFORMED"));
  });
});
