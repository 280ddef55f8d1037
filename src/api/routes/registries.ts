/**
 * The registries and payments. Staff: the data bank's children and candidates
 * within the reader's rights (every read logged), reports, the monthly payment
 * run and the bank registers as CSV or XML (administrators), coefficients
 * (administrators), payment assignments (read and completed within the scope
 * of src/payments/access.ts), payments per type and month. Citizens (portal
 * session): anonymised profiles of the bank's children, with a positive
 * conclusion in force only (else 403 REGISTRY_NO_CONCLUSION); logged.
 */
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import type { StaffActor } from "../../core/actor.ts";
import { engineError } from "../../engine/index.ts";
import {
  assignmentsFor,
  completeAs,
  listCoefficients,
  MONTH,
  PAYMENT_TYPES,
  registerCsv,
  registerLines,
  registerXml,
  reportFor,
  requirePaymentScope,
  runMonth,
  setCoefficientAs,
} from "../../payments/index.ts";
import {
  browseChild,
  browseChildren,
  CHILD_STATUSES,
  candidatesByKind,
  childrenByStatusAndRegion,
  getChild,
  listCandidates,
  listChildren,
  placementsPerMonth,
  type StaffViewer,
} from "../../registries/index.ts";
import { requireStaff } from "../auth.ts";
import { problemResponses } from "../problems.ts";
import { requireCitizen } from "./citizens.ts";

const Month = z.string().regex(MONTH, "YYYY-MM");
const IsoDate = z.iso.date();
const Row = z.record(z.string(), z.unknown());
/** What a candidate sees of a child: the schema strips anything else (no name, IIN or birth date). */
const AnonymisedChild = z
  .object({
    id: z.string(),
    regionCode: z.string(),
    status: z.string(),
    sex: z.enum(["m", "f"]),
    age: z.number().int(),
    profile: z.record(z.string(), z.unknown()),
  })
  .meta({ id: "AnonymisedChild" });

export const registryRoutes: FastifyPluginAsyncZod = async (app) => {
  const { store, now } = app.deps;

  const viewerOf = async (actor: StaffActor): Promise<StaffViewer> => {
    const p = actor.providerId
      ? await store.db
          .selectFrom("providers")
          .select("kind")
          .where("id", "=", actor.providerId)
          .executeTakeFirst()
      : undefined;
    return { kind: "staff", actor, providerKind: p?.kind ?? null };
  };

  app.get(
    "/api/v1/registries/children",
    {
      schema: {
        tags: ["registries"],
        summary: "Children of the data bank within my rights (the read is logged)",
        querystring: z.object({
          status: z.enum(CHILD_STATUSES).optional(),
          region: z.string().max(40).optional(),
        }),
        response: {
          200: z.object({ children: z.array(z.record(z.string(), z.unknown())) }),
          ...problemResponses(400, 401),
        },
      },
    },
    async (request) => {
      const viewer = await viewerOf(requireStaff(request));
      const filter = {
        ...(request.query.status ? { status: request.query.status } : {}),
        ...(request.query.region ? { regionCode: request.query.region } : {}),
      };
      const r = await listChildren(store.db, viewer, filter, now());
      return { children: r.children.map((c) => ({ ...c })) };
    },
  );

  app.get(
    "/api/v1/registries/children/:id",
    {
      schema: {
        tags: ["registries"],
        summary: "One child with the placement history, if within my rights (logged either way)",
        params: z.object({ id: z.string().min(1).max(100) }),
        response: { 200: z.record(z.string(), z.unknown()), ...problemResponses(401, 403, 404) },
      },
    },
    async (request) => {
      const viewer = await viewerOf(requireStaff(request));
      return { ...(await getChild(store.db, viewer, request.params.id, now())) };
    },
  );

  app.get(
    "/api/v1/registries/candidates",
    {
      schema: {
        tags: ["registries"],
        summary: "Candidates within my rights (logged)",
        response: {
          200: z.object({ candidates: z.array(z.record(z.string(), z.unknown())) }),
          ...problemResponses(401),
        },
      },
    },
    async (request) => {
      const viewer = await viewerOf(requireStaff(request));
      return { candidates: (await listCandidates(store.db, viewer, now())).map((c) => ({ ...c })) };
    },
  );

  app.get(
    "/api/v1/registries/reports",
    {
      schema: {
        tags: ["registries"],
        summary:
          "Counts: children by region and status, candidates by kind, placements per month (supervisors)",
        response: { 200: z.record(z.string(), z.unknown()), ...problemResponses(401, 403) },
      },
    },
    async (request) => {
      const actor = requireStaff(request);
      if (!actor.roles.includes("supervisor")) throw engineError("FORBIDDEN_ROLE", { roles: ["supervisor"] });
      return {
        children: await childrenByStatusAndRegion(store.db),
        candidates: await candidatesByKind(store.db),
        placements: await placementsPerMonth(store.db),
      };
    },
  );

  app.post(
    "/api/v1/payments/runs",
    {
      schema: {
        tags: ["payments"],
        summary: "The monthly accrual run (idempotent: running it twice pays once)",
        body: z.strictObject({ month: Month }),
        response: { 200: z.record(z.string(), z.unknown()), ...problemResponses(400, 401, 403) },
      },
    },
    async (request) => {
      requirePaymentScope(requireStaff(request), "run");
      return { ...(await runMonth(store.db, request.body.month, now())) };
    },
  );

  app.get(
    "/api/v1/payments/registers/:month/:bic",
    {
      schema: {
        tags: ["payments"],
        summary: "The payment register of a run for one bank, as CSV or XML",
        params: z.object({
          month: Month,
          bic: z.string().regex(/^[A-Z0-9]{8}([A-Z0-9]{3})?$/),
        }),
        querystring: z.object({ format: z.enum(["csv", "xml"]).default("csv") }),
        response: { 200: z.string(), ...problemResponses(400, 401, 403) },
      },
    },
    async (request, reply) => {
      requirePaymentScope(requireStaff(request), "run");
      const { month, bic } = request.params;
      const lines = await registerLines(store.db, month, bic);
      if (request.query.format === "xml") {
        reply.type("application/xml; charset=utf-8");
        return registerXml(month, bic, lines);
      }
      reply.type("text/csv; charset=utf-8");
      return registerCsv(lines);
    },
  );

  app.get(
    "/api/v1/payments/coefficients",
    {
      schema: {
        tags: ["payments"],
        summary: "The coefficients (МРП multiples) set per payment type and effective date (administrators)",
        response: { 200: z.object({ coefficients: z.array(Row) }), ...problemResponses(401, 403) },
      },
    },
    async (request) => {
      requirePaymentScope(requireStaff(request), "coefficient");
      return { coefficients: (await listCoefficients(store.db)).map((c) => ({ ...c })) };
    },
  );

  app.put(
    "/api/v1/payments/coefficients/:type/:effectiveFrom",
    {
      schema: {
        tags: ["payments"],
        summary:
          "Set a payment type's coefficient from a date, with the source the administrator names (our acts give no amounts)",
        params: z.object({ type: z.enum(PAYMENT_TYPES), effectiveFrom: IsoDate }),
        body: z.strictObject({
          coefficient: z.number().min(0).max(100_000),
          source: z.string().trim().min(1).max(500),
        }),
        response: { 204: z.undefined().describe("Set"), ...problemResponses(400, 401, 403) },
      },
    },
    async (request, reply) => {
      const actor = requireStaff(request);
      await setCoefficientAs(store.db, actor, { ...request.params, ...request.body }, now());
      return reply.code(204).send();
    },
  );

  app.get(
    "/api/v1/payments/assignments",
    {
      schema: {
        tags: ["payments"],
        summary:
          "Payment assignments within my scope (administrators: all; casework staff: their provider's cases; supervisors: their region). Logged.",
        querystring: z.object({
          type: z.enum(PAYMENT_TYPES).optional(),
          region: z.string().max(40).optional(),
          caseId: z.string().max(100).optional(),
          pending: z.enum(["true", "false"]).optional(),
          limit: z.coerce.number().int().min(1).max(1000).default(200),
        }),
        response: { 200: z.object({ assignments: z.array(Row) }), ...problemResponses(400, 401, 403) },
      },
    },
    async (request) => {
      const q = request.query;
      const rows = await assignmentsFor(
        store.db,
        requireStaff(request),
        {
          ...(q.type ? { type: q.type } : {}),
          ...(q.region ? { regionCode: q.region } : {}),
          ...(q.caseId ? { caseId: q.caseId } : {}),
          ...(q.pending ? { pending: q.pending === "true" } : {}),
          limit: q.limit,
        },
        now(),
      );
      return { assignments: rows.map((r) => ({ ...r })) };
    },
  );

  app.post(
    "/api/v1/payments/assignments/:id/complete",
    {
      schema: {
        tags: ["payments"],
        summary:
          "Give what an assignment waits for: the bank account (any time), the child or the decision's term (while pending)",
        params: z.object({ id: z.string().min(1).max(100) }),
        body: z.strictObject({
          bankBic: z.string().max(11).optional(),
          account: z.string().max(34).optional(),
          childIin: z.string().max(12).nullable().optional(),
          childBirthDate: IsoDate.optional(),
          termEndsOn: IsoDate.optional(),
        }),
        response: { 200: Row, ...problemResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) => {
      const b = request.body;
      const input = Object.fromEntries(Object.entries(b).filter(([, v]) => v !== undefined));
      return { ...(await completeAs(store.db, requireStaff(request), request.params.id, input, now())) };
    },
  );

  app.get(
    "/api/v1/payments/reports",
    {
      schema: {
        tags: ["payments"],
        summary:
          "Payments per type and month: count, sum paid and recovered, in tiyn (administrators, supervisors)",
        querystring: z.object({ from: Month.optional(), to: Month.optional() }),
        response: { 200: z.object({ payments: z.array(Row) }), ...problemResponses(400, 401, 403) },
      },
    },
    async (request) => {
      const { from, to } = request.query;
      const range = { ...(from ? { from } : {}), ...(to ? { to } : {}) };
      return { payments: await reportFor(store.db, requireStaff(request), range) };
    },
  );

  app.get(
    "/api/v1/citizen/registry/children",
    {
      schema: {
        tags: ["citizen"],
        summary:
          "The data bank's children as anonymised profiles (no name, IIN or birth date): with a positive conclusion in force only (003, Rules of registering persons wishing to adopt p. 11). Logged.",
        querystring: z.object({ region: z.string().max(40).optional() }),
        response: {
          200: z.object({
            children: z.array(AnonymisedChild),
          }),
          ...problemResponses(400, 401, 403),
        },
      },
    },
    async (request, reply) => {
      const actor = await requireCitizen(request);
      const filter = request.query.region ? { regionCode: request.query.region } : {};
      const children = await browseChildren(store.db, actor.iin, filter, now());
      reply.header("cache-control", "no-store");
      return { children };
    },
  );

  app.get(
    "/api/v1/citizen/registry/children/:id",
    {
      schema: {
        tags: ["citizen"],
        summary: "One child's anonymised profile, for a candidate whose conclusion opens it. Logged.",
        params: z.object({ id: z.string().min(1).max(100) }),
        response: {
          200: AnonymisedChild,
          ...problemResponses(401, 403, 404),
        },
      },
    },
    async (request, reply) => {
      const actor = await requireCitizen(request);
      const child = await browseChild(store.db, actor.iin, request.params.id, now());
      reply.header("cache-control", "no-store");
      return child;
    },
  );
};
