/**
 * A citizen's portal application certified with a one-time password by SMS instead of an EDS, where
 * the act in force allows it (`standard.portalCertification`, e.g. 003 school-meals standard p. 8,
 * portal sub-p. 1: "ЭЦҚ-мен немесе бір рет пайдаланатын құпия сөзбен куәландырылған электрондық құжат
 * нысанындағы өтініш").
 *
 * 1. The citizen asks for a `sign_request` code bound to the SHA-256 of the exact request bytes
 *    (POST /api/v1/citizen/otp `{purpose, requestSha256}`); the code goes to the phone on record.
 * 2. They post `{request, otp}`. The same pipeline as an EDS request (`acceptCertified`): shape, IIN
 *    (the signed-in citizen is the applicant or the representative), replay, power of attorney, the
 *    provider's rules; then the version in force must allow "otp" (else OTP_NOT_ALLOWED, 422), then
 *    the code is checked (OTP_INVALID, OTP_EXPIRED, OTP_USED, OTP_TOO_MANY_ATTEMPTS,
 *    OTP_OTHER_REQUEST). The code is used up in the transaction that records the request and sends it
 *    through the gateway: a failure writes nothing (a wrong code's attempt count is the one write that
 *    stands — it is what limits guessing).
 * 3. An identical retry (same bytes, same code) answers the same case; anything else under the
 *    request id is EDS_REPLAY, as for an EDS.
 */

import { formatLocal } from "../calendar/index.ts";
import { allowsCertification, portalCertificationOf } from "../catalog/certification.ts";
import { resolveVersion } from "../catalog/lookup.ts";
import type { Source } from "../catalog/schema.ts";
import { checkOtp, consumeOtp, otpWasCode } from "../citizens/index.ts";
import type { CitizenActor } from "../core/actor.ts";
import { engineError } from "../engine/index.ts";
import { otpIinMismatch, otpNotAllowed } from "./errors.ts";
import {
  acceptCertified,
  decodeBase64,
  type SignedApplicationDeps,
  type SignedApplicationResult,
  sha256,
} from "./signed-request.ts";

export interface OtpApplicationInput {
  /** The exact JSON text of the application, base64. */
  request: string;
  /** The 6-digit code sent by SMS for exactly these bytes. */
  otp: string;
}

export async function acceptOtpApplication(
  deps: Omit<SignedApplicationDeps, "trust">,
  citizen: CitizenActor,
  input: OtpApplicationInput,
): Promise<SignedApplicationResult> {
  const requestBytes = decodeBase64(input.request);
  if (!requestBytes) throw engineError("INPUT_INVALID", { path: "request", reason: "not base64" });
  const requestSha = sha256(requestBytes);
  const receivedAt = deps.engine.now();
  let otpId: string | null = null;
  let source: Source | null = null;
  return acceptCertified(deps, citizen, input.request, requestBytes, receivedAt, {
    method: "otp",
    iin: citizen.iin,
    sameAs: async (row) =>
      row.certified_by === "otp" &&
      row.otp_id !== null &&
      (await otpWasCode(deps.db, {
        id: row.otp_id,
        iin: citizen.iin,
        purpose: "sign_request",
        code: input.otp,
        boundTo: requestSha,
      })),
    iinMismatch: (request) =>
      otpIinMismatch({
        expected: citizen.iin,
        applicant: request.applicant.iin,
        ...(request.representative ? { representative: request.representative.iin } : {}),
      }),
    before: async (request) => {
      // The version the provider will judge it by (validateApplication found it in force).
      const version = resolveVersion(
        deps.engine.catalog,
        request.serviceCode,
        request.regionCode,
        formatLocal(receivedAt.getTime()).slice(0, 10),
      );
      if (!allowsCertification(version, "otp")) {
        const rule = portalCertificationOf(version);
        throw otpNotAllowed({ versionId: version.id, methods: rule.methods, source: rule.source });
      }
      source = portalCertificationOf(version).source;
      otpId = await checkOtp(deps.db, {
        iin: citizen.iin,
        purpose: "sign_request",
        code: input.otp,
        now: receivedAt,
        boundTo: requestSha,
      });
    },
    columns: async () => ({
      certified_by: "otp",
      otp_id: otpId,
      signature_sha256: null,
      signature_base64: null,
      signer_serial: null,
      signer_common_name: citizen.fullName,
      signing_time: null,
    }),
    use: async (trx) => {
      if (otpId === null) throw new Error("the code was not checked");
      await consumeOtp(trx, otpId, receivedAt);
    },
    message: () => ({
      certification: { method: "otp", iin: citizen.iin, requestSha256: requestSha, otpId, source },
    }),
  });
}
