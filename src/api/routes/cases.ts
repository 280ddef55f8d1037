/**
 * Cases: intake by staff on the paper channels and by the e-government
 * gateway for the portal; reading; the actions on the current step; the
 * refusal track; the term extension. Thin: parse, authorise, call the engine.
 */
import { timingSafeEqual } from "node:crypto";
import type { FastifyInstance, FastifyRequest } from "fastify";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import type { StaffActor } from "../../core/actor.ts";
import { QyzmetError } from "../../core/errors.ts";
import {
  CompleteInput,
  completeStep,
  DecisionInput,
  DocumentRequestInput,
  decideAfterHearing,
  type EngineDeps,
  ExtendInput,
  extendTerm,
  getCase,
  HearingInput,
  IntakeInput,
  listCases,
  PreliminaryRefusalInput,
  recordHearing,
  requestDocuments,
  sendPreliminaryRefusal,
  submitApplication,
} from "../../engine/index.ts";
import { registryAfterClose } from "../../registries/engine-link.ts";
import { requireStaff } from "../auth.ts";
import {
  CaseDto,
  CaseSummaryDto,
  caseDto,
  caseSummaryDto,
  EventDto,
  eventDto,
  TaskDto,
  taskDto,
} from "../dto.ts";
import { problemResponses } from "../problems.ts";
import { issuerOf } from "./documents.ts";

export function engineDeps(app: FastifyInstance): EngineDeps {
  const { store, calendar, catalog, now, automation, stateDatabases } = app.deps;
  return {
    db: store.db,
    calendar,
    catalog,
    now,
    automation,
    ...(stateDatabases ? { stateDatabases } : {}),
    issuer: issuerOf(app),
    // The registries learn each closed case's result (candidates from conclusions).
    afterClose: [registryAfterClose],
  };
}

const IdParams = z.object({ id: z.uuid() });
const Receipt = z.record(z.string(), z.unknown()).meta({ id: "Receipt" });
const IntakeAnswer = z
  .object({ case: CaseDto, receipt: Receipt, created: z.boolean() })
  .meta({ id: "IntakeAnswer" });
const CaseView = z
  .object({ case: CaseDto, tasks: z.array(TaskDto), events: z.array(EventDto) })
  .meta({ id: "CaseView" });
const CaseAnswer = z.object({ case: CaseDto }).meta({ id: "CaseAnswer" });
const ACTION_ERRORS = problemResponses(400, 401, 403, 404, 409, 422);

function gatewayAuthorised(app: FastifyInstance, request: FastifyRequest): void {
  const expected = app.deps.gatewayToken;
  const given = /^Bearer (.+)$/.exec(request.headers.authorization ?? "")?.[1] ?? "";
  const ok =
    expected !== null &&
    given.length === expected.length &&
    timingSafeEqual(Buffer.from(given), Buffer.from(expected));
  if (!ok)
    throw new QyzmetError(
      "GATEWAY_UNAUTHORISED",
      {
        kk: "Шлюз сұрауы расталмады",
        ru: "Запрос шлюза не удостоверен",
        en: "The gateway request is not authenticated",
      },
      {},
      401,
    );
}

export const caseRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    "/api/v1/cases",
    {
      schema: {
        tags: ["cases"],
        summary:
          "Register an application at a desk (provider office, State Corporation, akim's office, school)",
        body: IntakeInput,
        response: { 200: IntakeAnswer, 201: IntakeAnswer, ...ACTION_ERRORS },
      },
    },
    async (request, reply) => {
      const actor = requireStaff(request);
      const r = await submitApplication(engineDeps(app), actor, request.body);
      reply.code(r.created ? 201 : 200);
      return { case: caseDto(r.case), receipt: { ...r.receipt }, created: r.created };
    },
  );

  app.post(
    "/api/v1/gateway/portal-requests",
    {
      config: { csrf: false },
      schema: {
        tags: ["gateway"],
        summary: "A portal request delivered by the e-government gateway (signature already verified)",
        description:
          "Bearer-token authenticated system port. The same idempotency key never makes two cases.",
        body: IntakeInput,
        response: { 200: IntakeAnswer, 201: IntakeAnswer, ...ACTION_ERRORS },
      },
    },
    async (request, reply) => {
      gatewayAuthorised(app, request);
      if (request.body.channel !== "portal")
        throw new QyzmetError(
          "GATEWAY_CHANNEL",
          {
            kk: "Шлюз арқылы тек портал өтінімдері келеді",
            ru: "Через шлюз поступают только заявки портала",
            en: "Only portal requests arrive through the gateway",
          },
          { channel: request.body.channel },
          400,
        );
      const r = await submitApplication(engineDeps(app), { kind: "system", name: "gateway" }, request.body);
      reply.code(r.created ? 201 : 200);
      return { case: caseDto(r.case), receipt: { ...r.receipt }, created: r.created };
    },
  );

  app.get(
    "/api/v1/cases",
    {
      schema: {
        tags: ["cases"],
        summary: "Cases in my scope, newest first",
        querystring: z.object({
          status: z.string().max(40).optional(),
          service: z.string().max(100).optional(),
          channel: z.string().max(40).optional(),
          provider: z.string().max(60).optional(),
          overdue: z.enum(["true", "false"]).optional(),
          limit: z.coerce.number().int().min(1).max(500).default(50),
          offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
        }),
        response: { 200: z.object({ cases: z.array(CaseSummaryDto) }), ...problemResponses(400, 401) },
      },
    },
    async (request) => {
      const actor = requireStaff(request);
      const q = request.query;
      const rows = await listCases(engineDeps(app), actor, {
        ...(q.status ? { status: q.status } : {}),
        ...(q.service ? { serviceCode: q.service } : {}),
        ...(q.channel ? { channel: q.channel } : {}),
        ...(q.provider ? { providerId: q.provider } : {}),
        overdue: q.overdue === "true",
        limit: q.limit,
        offset: q.offset,
      });
      return { cases: rows.map(caseSummaryDto) };
    },
  );

  app.get(
    "/api/v1/cases/:id",
    {
      schema: {
        tags: ["cases"],
        summary: "One case with its tasks and history (reads of a child's data are logged)",
        params: IdParams,
        response: { 200: CaseView, ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request) => {
      const actor = requireStaff(request);
      const view = await getCase(engineDeps(app), actor, request.params.id);
      return { case: caseDto(view.case), tasks: view.tasks.map(taskDto), events: view.events.map(eventDto) };
    },
  );

  const action = (
    path: string,
    summary: string,
    body: z.ZodType,
    run: (
      deps: EngineDeps,
      actor: StaffActor,
      id: string,
      body: unknown,
    ) => Promise<import("../../store/tables.ts").CaseRow>,
  ) =>
    app.post(
      `/api/v1/cases/:id/${path}`,
      {
        schema: {
          tags: ["cases"],
          summary,
          params: IdParams,
          body,
          response: { 200: CaseAnswer, ...ACTION_ERRORS },
        },
      },
      async (request) => {
        const actor = requireStaff(request);
        const c = await run(engineDeps(app), actor, request.params.id, request.body);
        return { case: caseDto(c) };
      },
    );

  action(
    "steps",
    "Complete the current step (answer a decision, attach its document, name the next holder)",
    CompleteInput,
    completeStep,
  );
  action(
    "preliminary-refusal",
    "Send the preliminary decision to refuse with the hearing notice (APPC art. 73)",
    PreliminaryRefusalInput,
    sendPreliminaryRefusal,
  );
  action("hearing", "Record the hearing (APPC art. 74)", HearingInput, recordHearing);
  action(
    "decision",
    "The decision after the hearing: grant, or refuse citing the grounds",
    DecisionInput,
    decideAfterHearing,
  );
  action("extension", "Extend the term under the act's extension rule", ExtendInput, extendTerm);
  action(
    "document-requests",
    "Ask the applicant for missing documents or data (the term runs on)",
    DocumentRequestInput,
    requestDocuments,
  );
};
