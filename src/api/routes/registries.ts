/**
 * The registries and payments for staff: the data bank's children and
 * candidates within the reader's rights (every read logged), reports, the
 * monthly payment run (administrators) and the bank registers as CSV or XML.
 */
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import type { StaffActor } from "../../core/actor.ts";
import { engineError } from "../../engine/index.ts";
import { registerCsv, registerLines, registerXml, runMonth } from "../../payments/index.ts";
import {
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
        body: z.strictObject({ month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/) }),
        response: { 200: z.record(z.string(), z.unknown()), ...problemResponses(400, 401, 403) },
      },
    },
    async (request) => {
      const actor = requireStaff(request);
      if (!actor.roles.includes("administrator"))
        throw engineError("FORBIDDEN_ROLE", { roles: ["administrator"] });
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
          month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/),
          bic: z.string().regex(/^[A-Z0-9]{8,11}$/),
        }),
        querystring: z.object({ format: z.enum(["csv", "xml"]).default("csv") }),
        response: { 200: z.string(), ...problemResponses(400, 401, 403) },
      },
    },
    async (request, reply) => {
      const actor = requireStaff(request);
      if (!actor.roles.includes("administrator"))
        throw engineError("FORBIDDEN_ROLE", { roles: ["administrator"] });
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
};
