/**
 * The State Corporation's electronic queue and desk (src/queue).
 *
 * Public, for a branch's hall: the services a branch takes tickets for (with the standard's maximum
 * waiting and service times and their source), taking a ticket at the kiosk, a ticket's state and
 * place, the board of called tickets. The kiosk route needs no sign-in (a touch screen in the hall)
 * and is limited per branch (KIOSK_TICKETS_PER_MINUTE, counted in the database so every server
 * process shares it; 429 QUEUE_RATE_LIMITED) and to one open ticket per IIN and service a day.
 * Public answers never carry the IIN.
 *
 * The operator's (state_corporation_operator, own branch only): the queue, call the next to a window,
 * start, finish (linking the case accepted), no-show, the day's statistics, and the results that
 * came back to the branch to hand out.
 */
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { Source } from "../../catalog/schema.ts";
import { maskIin } from "../../iin/iin.ts";
import {
  board,
  branchServices,
  callNext,
  dayStats,
  deskView,
  finishService,
  markNoShow,
  type QueueDeps,
  returnedResults,
  startService,
  type TicketView,
  takeTicket,
  ticketStatus,
} from "../../queue/index.ts";
import { requireStaff } from "../auth.ts";
import { problemResponses } from "../problems.ts";

const Text3 = z.object({ kk: z.string(), ru: z.string(), en: z.string() });
const Limits = z
  .object({
    maxWaitMinutes: z.number().nullable(),
    maxServiceMinutes: z.number().nullable(),
    source: Source.nullable(),
    act: Text3,
    versionId: z.string(),
  })
  .meta({ id: "QueueLimits" });
const Ticket = z
  .object({
    id: z.string(),
    branchId: z.string(),
    day: z.string(),
    number: z.number(),
    label: z.string(),
    serviceCode: z.string(),
    serviceTitle: Text3,
    status: z.enum(["waiting", "called", "serving", "done", "no_show"]),
    applicantIin: z.string().nullable(),
    takenAt: z.string(),
    calledAt: z.string().nullable(),
    servedAt: z.string().nullable(),
    finishedAt: z.string().nullable(),
    window: z.string().nullable(),
    operatorId: z.string().nullable(),
    caseId: z.string().nullable(),
    limits: Limits,
    waitedMs: z.number(),
    serviceMs: z.number().nullable(),
    waitOver: z.boolean(),
    serviceOver: z.boolean(),
  })
  .meta({ id: "QueueTicket" });
const Branch = z
  .object({
    id: z.string(),
    name: Text3,
    address: Text3,
    regionCode: z.string(),
    districtId: z.string().nullable(),
  })
  .meta({ id: "QueueBranch" });
const TicketAnswer = z.object({ ticket: Ticket, ahead: z.number() }).meta({ id: "QueueTicketAnswer" });
const Stats = z.object({
  taken: z.number(),
  waiting: z.number(),
  served: z.number(),
  noShow: z.number(),
  avgWaitMinutes: z.number().nullable(),
  maxWaitMinutes: z.number().nullable(),
  overWait: z.number(),
  avgServiceMinutes: z.number().nullable(),
  maxServiceMinutes: z.number().nullable(),
  overService: z.number(),
});
const BranchParams = z.object({ branch: z.string().min(1).max(60) });
const IdParams = z.object({ id: z.uuid() });

/** What the hall may see of a ticket: no IIN in full. */
const publicTicket = (t: TicketView): TicketView => ({
  ...t,
  applicantIin: t.applicantIin ? maskIin(t.applicantIin) : null,
  operatorId: null,
});

export const queueRoutes: FastifyPluginAsyncZod = async (app) => {
  const deps = (): QueueDeps => ({ db: app.deps.store.db, catalog: app.deps.catalog, now: app.deps.now });

  app.get(
    "/api/v1/queue/branches",
    {
      schema: {
        tags: ["queue"],
        summary: "State Corporation branches (of a region)",
        querystring: z.object({ region: z.string().max(60).optional() }),
        response: { 200: z.object({ items: z.array(Branch) }) },
      },
    },
    async (request) => {
      let q = app.deps.store.db
        .selectFrom("providers")
        .selectAll()
        .where("kind", "=", "state_corporation_branch");
      if (request.query.region) q = q.where("region_code", "=", request.query.region);
      const rows = await q.orderBy("id").limit(500).execute();
      return {
        items: rows.map((b) => ({
          id: b.id,
          name: b.name,
          address: b.address,
          regionCode: b.region_code,
          districtId: b.district_id,
        })),
      };
    },
  );

  app.get(
    "/api/v1/queue/branches/:branch/services",
    {
      schema: {
        tags: ["queue"],
        summary: "The services a branch takes tickets for today, with the standard's maximum times",
        params: BranchParams,
        response: {
          200: z.object({
            branch: Branch,
            services: z.array(z.object({ code: z.string(), titles: Text3, limits: Limits })),
          }),
          ...problemResponses(404),
        },
      },
    },
    async (request) => branchServices(deps(), request.params.branch),
  );

  app.post(
    "/api/v1/queue/branches/:branch/tickets",
    {
      schema: {
        tags: ["queue"],
        summary: "The kiosk: take a ticket for a service (public; limited per branch and per IIN)",
        params: BranchParams,
        body: z.object({ serviceCode: z.string(), iin: z.string().optional() }),
        response: { 201: TicketAnswer, ...problemResponses(400, 404, 409, 422, 429) },
      },
    },
    async (request, reply) => {
      const r = await takeTicket(deps(), request.params.branch, request.body);
      reply.code(201);
      return { ticket: publicTicket(r.ticket), ahead: r.ahead };
    },
  );

  app.get(
    "/api/v1/queue/tickets/:id",
    {
      schema: {
        tags: ["queue"],
        summary: "A ticket's state and how many wait before it (public, by the ticket's id)",
        params: IdParams,
        response: { 200: TicketAnswer, ...problemResponses(400, 404) },
      },
    },
    async (request) => {
      const r = await ticketStatus(deps(), request.params.id);
      return { ticket: publicTicket(r.ticket), ahead: r.ahead };
    },
  );

  app.get(
    "/api/v1/queue/branches/:branch/board",
    {
      schema: {
        tags: ["queue"],
        summary: "The hall's board: tickets called to the windows, how many wait",
        params: BranchParams,
        response: {
          200: z.object({
            called: z.array(z.object({ label: z.string(), window: z.string(), status: z.string() })),
            waiting: z.number(),
          }),
          ...problemResponses(404),
        },
      },
    },
    async (request) => board(deps(), request.params.branch),
  );

  app.get(
    "/api/v1/queue/desk",
    {
      schema: {
        tags: ["queue"],
        summary: "My branch's queue today: waiting tickets with their wait against the maximum, my window",
        response: {
          200: z.object({
            branch: Branch,
            day: z.string(),
            waiting: z.array(Ticket),
            mine: Ticket.nullable(),
            atWindows: z.array(Ticket),
          }),
          ...problemResponses(401, 403),
        },
      },
    },
    async (request) => deskView(deps(), requireStaff(request)),
  );

  app.post(
    "/api/v1/queue/call",
    {
      schema: {
        tags: ["queue"],
        summary: "Call the next waiting ticket of my branch to my window",
        body: z.object({ window: z.string() }),
        response: { 200: z.object({ ticket: Ticket }), ...problemResponses(400, 401, 403, 409) },
      },
    },
    async (request) => ({ ticket: await callNext(deps(), requireStaff(request), request.body) }),
  );

  const action = (
    path: string,
    summary: string,
    run: (
      d: QueueDeps,
      actor: ReturnType<typeof requireStaff>,
      id: string,
      body: unknown,
    ) => Promise<TicketView>,
  ) =>
    app.post(
      `/api/v1/queue/tickets/:id/${path}`,
      {
        schema: {
          tags: ["queue"],
          summary,
          params: IdParams,
          body: z.object({ caseId: z.string().optional() }).optional(),
          response: { 200: z.object({ ticket: Ticket }), ...problemResponses(400, 401, 403, 404, 409, 422) },
        },
      },
      async (request) => ({
        ticket: await run(deps(), requireStaff(request), request.params.id, request.body ?? {}),
      }),
    );
  action("start", "The applicant came to my window: service starts", (d, a, id) => startService(d, a, id));
  action("finish", "Service done (optionally the case accepted for this ticket)", finishService);
  action("no-show", "The called applicant did not come", (d, a, id) => markNoShow(d, a, id));

  app.get(
    "/api/v1/queue/stats",
    {
      schema: {
        tags: ["queue"],
        summary: "A day's statistics of my branch's queue, per service, against the standards' maximums",
        querystring: z.object({
          day: z
            .string()
            .regex(/^\d{4}-\d{2}-\d{2}$/)
            .optional(),
        }),
        response: {
          200: z.object({
            branch: Branch,
            day: z.string(),
            totals: Stats,
            services: z.array(Stats.extend({ serviceCode: z.string(), serviceTitle: Text3, limits: Limits })),
          }),
          ...problemResponses(400, 401, 403),
        },
      },
    },
    async (request) => dayStats(deps(), requireStaff(request), request.query.day),
  );

  app.get(
    "/api/v1/desk/results",
    {
      schema: {
        tags: ["queue"],
        summary: "Results that came back to my branch, waiting to be handed out, with the signed document",
        querystring: z.object({
          iin: z
            .string()
            .regex(/^\d{12}$/)
            .optional(),
        }),
        response: {
          200: z.object({
            items: z.array(
              z.object({
                caseId: z.string(),
                incomingNumber: z.string().nullable(),
                serviceCode: z.string(),
                serviceTitle: Text3,
                applicantName: z.string(),
                applicantIinMasked: z.string(),
                stepId: z.string(),
                stepText: Text3,
                stepSource: Source,
                arrivedAt: z.string(),
                dueAt: z.string(),
                overdue: z.boolean(),
                document: z
                  .object({
                    id: z.string(),
                    purpose: z.enum(["result", "refusal"]),
                    number: z.string(),
                    title: Text3,
                    signedAt: z.string().nullable(),
                  })
                  .nullable(),
              }),
            ),
          }),
          ...problemResponses(400, 401, 403),
        },
      },
    },
    async (request) => ({
      items: await returnedResults(
        deps(),
        requireStaff(request),
        request.query.iin ? { iin: request.query.iin } : {},
      ),
    }),
  );
};
