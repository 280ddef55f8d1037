/**
 * The citizen's personal cabinet: registration with an SMS code, sign-in,
 * "who am I", my cases, my notifications, a code for signing a request by SMS.
 *
 * The session lives in the HttpOnly, SameSite=Strict `qyzmet_citizen` cookie,
 * Secure by the staff cookie's rule (`secureCookie` in ../auth.ts). It is a
 * separate cookie from the staff `qyzmet_session`: a citizen session never
 * becomes `request.actor` (staff), and staff routes never see a citizen.
 * Register, confirm and sign-in need no CSRF header (no session to abuse yet,
 * JSON only); sign-out and the OTP request follow the global rule.
 */
import type { FastifyReply, FastifyRequest } from "fastify";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import {
  type CitizenComplaint,
  COMPLAINT_TEXT_MAX,
  COMPLAINT_TEXT_MIN,
  citizenCase,
  citizenCaseComplaints,
  citizenCases,
  citizenComplaints,
  citizenNotifications,
  confirmRegistration,
  fileCitizenComplaint,
  issueOtp,
  register,
  resolveCitizenSession,
  signInCitizen,
  signOutCitizen,
} from "../../citizens/index.ts";
import type { CitizenActor } from "../../core/actor.ts";
import { engineError } from "../../engine/index.ts";
import { secureCookie } from "../auth.ts";
import { apiError, problemResponses } from "../problems.ts";

export const CITIZEN_COOKIE = "qyzmet_citizen";

function citizenToken(request: FastifyRequest): string | undefined {
  const token = request.cookies[CITIZEN_COOKIE];
  return token === undefined || token === "" ? undefined : token;
}

/** The signed-in citizen of the `qyzmet_citizen` cookie, or a 401 UNAUTHENTICATED problem. */
export async function requireCitizen(request: FastifyRequest): Promise<CitizenActor> {
  const token = citizenToken(request);
  const { deps } = request.server;
  const actor = token ? await resolveCitizenSession(deps.store.db, token, deps.now()) : null;
  if (!actor) throw apiError("UNAUTHENTICATED");
  return actor;
}

function cookieOptions(request: FastifyRequest) {
  return {
    httpOnly: true,
    sameSite: "strict" as const,
    secure: secureCookie(request, request.server.deps.insecureCookies),
    path: "/",
  };
}

const Iin = z.string().trim().min(1).max(20).describe("12 digits");

const RegisterBody = z
  .object({
    iin: Iin,
    password: z.string().min(1).max(1024),
    phone: z
      .string()
      .trim()
      .min(1)
      .max(40)
      .describe("The phone of the state database, e.g. +7 701 234 56 78"),
  })
  .meta({ id: "CitizenRegister" });

const ConfirmBody = z
  .object({
    iin: Iin,
    code: z
      .string()
      .trim()
      .regex(/^\d{6}$/, "6 digits"),
  })
  .meta({ id: "CitizenRegisterConfirm" });

const SignInBody = z
  .object({ iin: Iin, password: z.string().min(1).max(1024) })
  .meta({ id: "CitizenSignIn" });

const OtpSent = z
  .object({ sent: z.literal(true), expiresAt: z.string().describe("When the code stops working, ISO 8601") })
  .meta({ id: "OtpSent" });

const CitizenActorSchema = z
  .object({ kind: z.literal("citizen"), iin: z.string(), fullName: z.string() })
  .meta({ id: "CitizenActor" });

const CitizenSessionSchema = z
  .object({ actor: CitizenActorSchema, expiresAt: z.string() })
  .meta({ id: "CitizenSession" });

const CaseSummary = z
  .object({
    id: z.string(),
    incomingNumber: z.string().nullable(),
    serviceCode: z.string(),
    status: z.string(),
    submittedAt: z.string(),
    deadline: z.string().nullable(),
    currentStep: z.string().nullable(),
    role: z
      .enum(["applicant", "representative"])
      .describe("I am the applicant, or the representative who filed it under a power of attorney"),
  })
  .meta({ id: "CitizenCaseSummary" });

const Text3 = z.object({ kk: z.string(), ru: z.string(), en: z.string() });

const Hearing = z
  .object({
    sentAt: z.string(),
    hearingAt: z.string(),
    place: z.string().describe("where or how the hearing is held, as the provider wrote it"),
    reasoning: z.string(),
    grounds: z.array(z.object({ n: z.number(), text: Text3 })),
    groundsRef: Text3.nullable(),
    objectionsBy: z
      .string()
      .describe("objections in writing until the hearing begins, or orally at it (APPC art. 73)"),
    held: z
      .object({
        heldAt: z.string(),
        attended: z.boolean(),
        decisionDue: z.string(),
        decision: z.enum(["grant", "refuse"]).nullable(),
        decidedAt: z.string().nullable(),
      })
      .nullable(),
  })
  .meta({ id: "CitizenHearing" });

const CaseDetail = CaseSummary.extend({
  versionId: z.string(),
  procedureId: z.string(),
  channel: z.string(),
  endedAt: z.string().nullable(),
  stages: z.array(
    z.object({
      stepId: z.string(),
      n: z.string().nullable(),
      startedAt: z.string(),
      dueAt: z.string(),
      doneAt: z.string().nullable(),
      overdue: z.boolean(),
    }),
  ),
  timeline: z.array(
    z.object({
      action: z.string(),
      at: z.string(),
      stepId: z.string().nullable(),
      n: z.string().nullable(),
      answer: z.string().nullable(),
    }),
  ),
  hearing: Hearing.nullable().describe(
    "the preliminary decision to refuse and its hearing notice, once sent",
  ),
}).meta({ id: "CitizenCaseDetail" });

const Complaint = z
  .object({
    id: z.string(),
    number: z.string(),
    caseId: z.string().nullable(),
    incomingNumber: z.string().nullable(),
    serviceCode: z.string().nullable(),
    providerId: z.string(),
    provider: Text3.nullable(),
    reviewer: z.enum(["provider", "review_body"]),
    subject: z.string().nullable(),
    text: z.string(),
    status: z.string().describe("registered, forwarded, satisfied, rejected, partially_satisfied"),
    filedVia: z.string(),
    registeredAt: z.string(),
    forwardDue: z.string().nullable().describe("review-body complaints: the provider forwards it by then"),
    reviewDue: z.string(),
    forwardedAt: z.string().nullable(),
    decidedAt: z.string().nullable(),
    decision: z
      .object({
        decision: z.string(),
        reasoning: z.string(),
        decidedBy: z.string(),
        late: z.boolean(),
      })
      .nullable(),
    overdue: z.boolean(),
  })
  .meta({ id: "CitizenComplaint" });

const ComplaintBody = z
  .object({
    reviewer: z.string().max(40).optional().describe("provider (5 working days) or review_body (15)"),
    subject: z
      .string()
      .max(40)
      .optional()
      .describe("preliminary_refusal, refusal, not_accepted, term, result, action, other"),
    text: z
      .string()
      .max(COMPLAINT_TEXT_MAX * 4)
      .optional()
      .describe(`${COMPLAINT_TEXT_MIN}–${COMPLAINT_TEXT_MAX} characters`),
  })
  .meta({ id: "CitizenComplaintFiling" });

function complaintDto(c: CitizenComplaint): z.infer<typeof Complaint> {
  const iso = (d: Date | null) => (d ? d.toISOString() : null);
  return {
    ...c,
    registeredAt: c.registeredAt.toISOString(),
    forwardDue: iso(c.forwardDue),
    reviewDue: c.reviewDue.toISOString(),
    forwardedAt: iso(c.forwardedAt),
    decidedAt: iso(c.decidedAt),
  };
}

const Notification = z
  .object({
    id: z.string(),
    caseId: z.string().nullable(),
    kind: z.string(),
    text: Text3,
    createdAt: z.string(),
    readAt: z.string().nullable(),
  })
  .meta({ id: "CitizenNotification" });

const Limit = z.object({ limit: z.coerce.number().int().min(1).max(500).default(100) });

function noStore(reply: FastifyReply): void {
  reply.header("cache-control", "no-store");
}

export const citizenRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    "/api/v1/citizen/register",
    {
      config: { csrf: false },
      schema: {
        tags: ["citizen"],
        summary: "Register a personal account; a confirmation code goes by SMS to the phone on record",
        body: RegisterBody,
        response: { 202: OtpSent, ...problemResponses(400, 409, 413, 415, 422, 429) },
      },
    },
    async (request, reply) => {
      const issued = await register(app.deps.store.db, { ...request.body, now: app.deps.now() });
      return reply.code(202).send({ sent: true, expiresAt: issued.expiresAt.toISOString() });
    },
  );

  app.post(
    "/api/v1/citizen/register/confirm",
    {
      config: { csrf: false },
      schema: {
        tags: ["citizen"],
        summary: "Confirm the registration with the SMS code",
        body: ConfirmBody,
        response: {
          201: z.object({ registered: z.literal(true) }),
          ...problemResponses(400, 404, 409, 413, 415),
        },
      },
    },
    async (request, reply) => {
      await confirmRegistration(app.deps.store.db, { ...request.body, now: app.deps.now() });
      return reply.code(201).send({ registered: true });
    },
  );

  app.post(
    "/api/v1/citizen/sign-in",
    {
      config: { csrf: false },
      schema: {
        tags: ["citizen"],
        summary: "Sign in with IIN and password; sets the qyzmet_citizen cookie",
        body: SignInBody,
        response: { 200: CitizenSessionSchema, ...problemResponses(400, 401, 413, 415, 429) },
      },
    },
    async (request, reply) => {
      const { store } = app.deps;
      const now = app.deps.now();
      const previous = citizenToken(request);
      const session = await signInCitizen(store.db, { ...request.body, now });
      if (previous) await signOutCitizen(store.db, previous);
      reply.setCookie(CITIZEN_COOKIE, session.token, {
        ...cookieOptions(request),
        maxAge: Math.max(0, Math.floor((session.expiresAt.getTime() - now.getTime()) / 1000)),
      });
      noStore(reply);
      return { actor: session.actor, expiresAt: session.expiresAt.toISOString() };
    },
  );

  app.post(
    "/api/v1/citizen/sign-out",
    {
      schema: {
        tags: ["citizen"],
        summary: "End the citizen session (idempotent); needs X-Qyzmet-CSRF: 1",
        response: { 204: z.undefined().describe("Signed out"), ...problemResponses(403) },
      },
    },
    async (request, reply) => {
      const token = citizenToken(request);
      if (token) await signOutCitizen(app.deps.store.db, token);
      reply.clearCookie(CITIZEN_COOKIE, cookieOptions(request));
      return reply.code(204).send();
    },
  );

  app.get(
    "/api/v1/citizen/me",
    {
      schema: {
        tags: ["citizen"],
        summary: "The signed-in citizen",
        response: { 200: z.object({ actor: CitizenActorSchema }), ...problemResponses(401) },
      },
    },
    async (request, reply) => {
      const actor = await requireCitizen(request);
      noStore(reply);
      return { actor };
    },
  );

  app.get(
    "/api/v1/citizen/cases",
    {
      schema: {
        tags: ["citizen"],
        summary: "My cases as applicant or representative: number, service, status, deadline, current step",
        querystring: Limit,
        response: { 200: z.object({ items: z.array(CaseSummary) }), ...problemResponses(400, 401) },
      },
    },
    async (request, reply) => {
      const actor = await requireCitizen(request);
      const items = await citizenCases(app.deps.store.db, actor, request.query.limit);
      noStore(reply);
      return {
        items: items.map((c) => ({
          ...c,
          submittedAt: c.submittedAt.toISOString(),
          deadline: c.deadline ? c.deadline.toISOString() : null,
        })),
      };
    },
  );

  app.get(
    "/api/v1/citizen/cases/:id",
    {
      schema: {
        tags: ["citizen"],
        summary: "One of my cases: its stages with their deadlines and its timeline",
        params: z.object({ id: z.string().min(1).max(100) }),
        response: { 200: CaseDetail, ...problemResponses(401, 404) },
      },
    },
    async (request, reply) => {
      const actor = await requireCitizen(request);
      const c = await citizenCase(app.deps.store.db, actor, request.params.id);
      if (!c) throw engineError("CASE_NOT_FOUND", { caseId: request.params.id });
      noStore(reply);
      const iso = (d: Date | null) => (d ? d.toISOString() : null);
      return {
        ...c,
        submittedAt: c.submittedAt.toISOString(),
        deadline: iso(c.deadline),
        endedAt: iso(c.endedAt),
        stages: c.stages.map((t) => ({
          ...t,
          startedAt: t.startedAt.toISOString(),
          dueAt: t.dueAt.toISOString(),
          doneAt: iso(t.doneAt),
        })),
        timeline: c.timeline.map((e) => ({ ...e, at: e.at.toISOString() })),
        hearing: c.hearing && {
          ...c.hearing,
          sentAt: c.hearing.sentAt.toISOString(),
          hearingAt: c.hearing.hearingAt.toISOString(),
          objectionsBy: c.hearing.objectionsBy.toISOString(),
          held: c.hearing.held && {
            ...c.hearing.held,
            heldAt: c.hearing.held.heldAt.toISOString(),
            decisionDue: c.hearing.held.decisionDue.toISOString(),
            decidedAt: iso(c.hearing.held.decidedAt),
          },
        },
      };
    },
  );

  app.post(
    "/api/v1/citizen/cases/:id/complaints",
    {
      schema: {
        tags: ["citizen"],
        summary:
          "File a complaint about one of my cases to the provider (reviewed in 5 working days) or to the review body (15; the provider forwards it in 3); needs X-Qyzmet-CSRF: 1",
        params: z.object({ id: z.string().min(1).max(100) }),
        body: ComplaintBody,
        response: {
          201: z.object({ complaint: Complaint }),
          ...problemResponses(400, 401, 403, 404, 413, 415),
        },
      },
    },
    async (request, reply) => {
      const actor = await requireCitizen(request);
      const complaint = await fileCitizenComplaint(
        app.deps.store.db,
        actor,
        { caseId: request.params.id, ...request.body },
        { now: app.deps.now(), calendar: app.deps.calendar },
      );
      noStore(reply);
      return reply.code(201).send({ complaint: complaintDto(complaint) });
    },
  );

  app.get(
    "/api/v1/citizen/cases/:id/complaints",
    {
      schema: {
        tags: ["citizen"],
        summary: "The complaints on one of my cases by its applicant or representative, with their terms",
        params: z.object({ id: z.string().min(1).max(100) }),
        response: { 200: z.object({ items: z.array(Complaint) }), ...problemResponses(401, 404) },
      },
    },
    async (request, reply) => {
      const actor = await requireCitizen(request);
      const items = await citizenCaseComplaints(app.deps.store.db, actor, request.params.id, app.deps.now());
      if (!items) throw engineError("CASE_NOT_FOUND", { caseId: request.params.id });
      noStore(reply);
      return { items: items.map(complaintDto) };
    },
  );

  app.get(
    "/api/v1/citizen/complaints",
    {
      schema: {
        tags: ["citizen"],
        summary: "My complaints, newest first: status, registered, review deadline, forwarding, decision",
        querystring: Limit,
        response: { 200: z.object({ items: z.array(Complaint) }), ...problemResponses(400, 401) },
      },
    },
    async (request, reply) => {
      const actor = await requireCitizen(request);
      const items = await citizenComplaints(app.deps.store.db, actor, app.deps.now(), request.query.limit);
      noStore(reply);
      return { items: items.map(complaintDto) };
    },
  );

  app.get(
    "/api/v1/citizen/notifications",
    {
      schema: {
        tags: ["citizen"],
        summary: "My notifications, newest first",
        querystring: Limit,
        response: { 200: z.object({ items: z.array(Notification) }), ...problemResponses(400, 401) },
      },
    },
    async (request, reply) => {
      const actor = await requireCitizen(request);
      const items = await citizenNotifications(app.deps.store.db, actor, request.query.limit);
      noStore(reply);
      return {
        items: items.map((n) => ({
          ...n,
          createdAt: n.createdAt.toISOString(),
          readAt: n.readAt ? n.readAt.toISOString() : null,
        })),
      };
    },
  );

  app.post(
    "/api/v1/citizen/otp",
    {
      schema: {
        tags: ["citizen"],
        summary:
          "Send a one-time code by SMS for signing a request (the alternative to an EDS where allowed)",
        description:
          "The code certifies one request: `requestSha256` is the SHA-256 (hex) of the exact JSON bytes to be " +
          "posted to /api/v1/citizen/applications as `{request, otp}`; a code issued for other bytes is refused " +
          "there (OTP_OTHER_REQUEST). The latest code counts; 5 minutes, 3 attempts, 3 codes in 10 minutes.",
        body: z
          .object({
            purpose: z.literal("sign_request"),
            requestSha256: z
              .string()
              .regex(/^[0-9a-f]{64}$/, "SHA-256, lowercase hex")
              .describe("SHA-256 (hex) of the exact request bytes the code is to certify"),
          })
          .meta({ id: "CitizenOtpRequest" }),
        response: { 202: OtpSent, ...problemResponses(400, 401, 403, 404, 429) },
      },
    },
    async (request, reply) => {
      const actor = await requireCitizen(request);
      const issued = await issueOtp(app.deps.store.db, {
        iin: actor.iin,
        purpose: request.body.purpose,
        now: app.deps.now(),
        boundTo: request.body.requestSha256,
      });
      return reply.code(202).send({ sent: true, expiresAt: issued.expiresAt.toISOString() });
    },
  );
};
