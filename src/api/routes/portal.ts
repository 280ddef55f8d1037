/**
 * The citizen's portal: an application signed with an EDS in the browser, or
 * certified with a one-time password by SMS where the act in force allows it.
 * The citizen's session (cookie `qyzmet_citizen`) says who is signed in; the
 * CMS says who signed (or the code, sent to the session's phone, certifies);
 * both must be the applicant (or the representative).
 * An EDS with no trust configured (`ServerDeps.trust`) → 503 EDS_NOT_CONFIGURED.
 */
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { engineError } from "../../engine/index.ts";
import {
  acceptOtpApplication,
  acceptSignedApplication,
  edsNotConfigured,
  signatureOfCase,
} from "../../portal/index.ts";
import { problemResponses } from "../problems.ts";
import { engineDeps } from "./cases.ts";
import { requireCitizen } from "./citizens.ts";

/** base64 of at most ~1 MiB; the body limit bounds it anyway. */
const Base64Text = z.string().min(1).max(1_500_000);

const RequestText = Base64Text.describe(
  "base64 of the exact JSON text signed (an application on the portal channel)",
);

const SignedApplicationBody = z
  .strictObject({
    request: RequestText,
    signature: Base64Text.describe("base64 of a detached CMS SignedData (DER) over exactly those bytes"),
  })
  .meta({ id: "SignedApplication" });

const OtpApplicationBody = z
  .strictObject({
    request: RequestText,
    otp: z
      .string()
      .max(20)
      .describe(
        "the one-time code sent by SMS for exactly these bytes (POST /api/v1/citizen/otp with their requestSha256)",
      ),
  })
  .meta({ id: "OtpCertifiedApplication" });

const Certification = z
  .object({
    method: z.enum(["eds", "otp"]),
  })
  .meta({ id: "Certification" });

const Signer = z
  .object({
    iin: z.string(),
    commonName: z.string(),
    serial: z
      .string()
      .nullable()
      .describe("the certificate's serial, lowercase hex (null: a one-time password)"),
    signingTime: z.string().nullable().describe("the signingTime attribute, as claimed by the signer"),
  })
  .meta({ id: "EdsSigner" });

const SignedApplicationAnswer = z
  .object({
    case: z
      .object({
        id: z.string(),
        incomingNumber: z.string().nullable(),
        status: z.string(),
        deadline: z.string().nullable(),
        currentStep: z.string().nullable(),
      })
      .nullable()
      .describe("null while the request is on its way to the provider (202)"),
    receipt: z.record(z.string(), z.unknown()).nullable(),
    delivery: z
      .object({ messageId: z.string(), state: z.string() })
      .describe("the gateway message that carries the request to the provider's workstation"),
    signer: Signer.describe("the EDS's signer; with a one-time password the signed-in citizen"),
    certification: Certification,
    representation: z
      .object({
        powerOfAttorney: z.object({
          number: z.string(),
          issuedOn: z.string(),
          validUntil: z.string(),
          notary: z.string(),
          services: z.array(z.string()).nullable().describe("null: a general power before state bodies"),
        }),
        source: z.literal("ЕНИС"),
        queriedAt: z.string(),
        sources: z
          .array(z.object({ seed: z.string(), ref: z.string(), lines: z.array(z.number()) }))
          .describe("where this service's own acts provide for a representative (may be empty)"),
      })
      .nullable()
      .describe("a representative's power of attorney as ЕНИС confirmed it; null in person or on a retry"),
  })
  .meta({ id: "SignedApplicationAnswer" });

const SignatureFactsAnswer = z
  .object({
    caseId: z.string().nullable(),
    requestId: z.string(),
    certifiedBy: z.enum(["eds", "otp"]),
    requestSha256: z.string(),
    signatureSha256: z.string().nullable(),
    signer: Signer,
    receivedAt: z.string(),
    request: z.string().describe("base64 of the exact bytes signed"),
    signature: z.string().nullable().describe("base64 of the CMS (null: certified with a one-time password)"),
  })
  .meta({ id: "SignatureFacts" });

export const portalRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    "/api/v1/citizen/applications",
    {
      schema: {
        tags: ["citizen"],
        summary:
          "Submit an application signed with an EDS, or certified with a one-time password where the act allows it " +
          "(needs the citizen cookie and X-Qyzmet-CSRF: 1)",
        description:
          "Verifies the CMS (signature, chain to a trusted root, validity at receipt, revocation, signing key, " +
          "the signer's IIN = the signed-in citizen's = the applicant's, or the representative's whose notarised power of " +
          "attorney ЕНИС confirms: POA_* codes) and the provider's " +
          "rules, then sends the request through the e-government gateway to the provider's workstation, which " +
          "registers the case: 201 with the case when that happened at once, 202 while it is being delivered. The request's idempotencyKey is the request id: the identical signed request again answers 200 " +
          "with the same case; the same id with other bytes or another signature is 409 EDS_REPLAY. " +
          "`{request, otp}` instead: the version in force must allow a one-time password " +
          "(standard.portalCertification, else 422 OTP_NOT_ALLOWED) and the code must be the latest sign_request " +
          "code issued for exactly these bytes (OTP_INVALID, OTP_EXPIRED, OTP_USED, OTP_TOO_MANY_ATTEMPTS, " +
          "OTP_OTHER_REQUEST); the signed-in citizen is the applicant or the representative (else OTP_IIN_MISMATCH).",
        body: z.union([SignedApplicationBody, OtpApplicationBody]),
        response: {
          200: SignedApplicationAnswer,
          201: SignedApplicationAnswer,
          202: SignedApplicationAnswer,
          ...problemResponses(400, 401, 403, 404, 409, 422, 503),
        },
      },
    },
    async (request, reply) => {
      const citizen = await requireCitizen(request);
      const body = request.body;
      let r: Awaited<ReturnType<typeof acceptSignedApplication>>;
      if ("otp" in body) {
        r = await acceptOtpApplication({ db: app.deps.store.db, engine: engineDeps(app) }, citizen, body);
      } else {
        const trust = app.deps.trust;
        if (!trust) throw edsNotConfigured();
        r = await acceptSignedApplication(
          { db: app.deps.store.db, engine: engineDeps(app), trust },
          citizen,
          body,
        );
      }
      // 201: registered by the provider at once; 202: accepted, on its way through the gateway; 200: a retry.
      reply.code(r.case === null ? 202 : r.created ? 201 : 200);
      reply.header("cache-control", "no-store");
      return {
        case: r.case
          ? {
              id: r.case.id,
              incomingNumber: r.case.incoming_number,
              status: r.case.status,
              deadline: r.case.deadline ? r.case.deadline.toISOString() : null,
              currentStep: r.case.cursor,
            }
          : null,
        receipt: r.receipt ? { ...r.receipt } : null,
        delivery: r.delivery,
        signer: {
          ...r.signature.signer,
          signingTime: r.signature.signer.signingTime?.toISOString() ?? null,
        },
        certification: { method: r.signature.certifiedBy },
        representation: r.representation
          ? {
              powerOfAttorney: {
                number: r.representation.powerOfAttorney.number,
                issuedOn: r.representation.powerOfAttorney.issuedOn,
                validUntil: r.representation.powerOfAttorney.validUntil,
                notary: r.representation.powerOfAttorney.notary,
                services: r.representation.powerOfAttorney.services,
              },
              source: "ЕНИС" as const,
              queriedAt: r.representation.queriedAt,
              sources: r.representation.sources.map((x) => ({
                seed: x.seed,
                ref: x.ref,
                lines: [...x.lines],
              })),
            }
          : null,
      };
    },
  );

  app.get(
    "/api/v1/citizen/applications/:id/signature",
    {
      schema: {
        tags: ["citizen"],
        summary:
          "The EDS facts of my signed application: signer, certificate serial, hashes, the bytes signed",
        params: z.object({ id: z.string().min(1).max(100) }),
        response: { 200: SignatureFactsAnswer, ...problemResponses(401, 404) },
      },
    },
    async (request, reply) => {
      const citizen = await requireCitizen(request);
      const f = await signatureOfCase(app.deps.store.db, citizen, request.params.id);
      if (!f) throw engineError("CASE_NOT_FOUND", { caseId: request.params.id });
      reply.header("cache-control", "no-store");
      return {
        ...f,
        signer: { ...f.signer, signingTime: f.signer.signingTime?.toISOString() ?? null },
        receivedAt: f.receivedAt.toISOString(),
      };
    },
  );
};
