/**
 * Complaints: a provider's office registers a complaint about a case (or its
 * work in general), forwards one addressed to the review body within 3 working
 * days, and records the decision; every change of a case-linked complaint is
 * also an event in that case's history. Supervisors list their region's.
 */
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import type { Transaction } from "kysely";
import { z } from "zod";
import {
  type ComplaintAction,
  decideComplaint,
  forwardComplaint,
  listComplaints,
  missedDuty,
  recordComplaintChange,
  registerComplaint,
  SUBJECTS,
} from "../../complaints/index.ts";
import type { StaffActor } from "../../core/actor.ts";
import { engineError, inScope } from "../../engine/index.ts";
import type { ComplaintRow, Database } from "../../store/tables.ts";
import { requireStaff } from "../auth.ts";
import { problemResponses } from "../problems.ts";

const ComplaintDto = z
  .object({
    id: z.string(),
    number: z.string(),
    caseId: z.string().nullable(),
    providerId: z.string(),
    complainantIin: z.string(),
    complainantName: z.string(),
    text: z.string(),
    reviewer: z.string(),
    status: z.string(),
    registeredAt: z.string(),
    forwardDue: z.string(),
    reviewDue: z.string(),
    forwardedAt: z.string().nullable(),
    decidedAt: z.string().nullable(),
    decision: z.unknown().nullable(),
    subject: z.string().nullable().describe("which decision or action it concerns"),
    filedVia: z.string().describe("office: registered by the office; portal: filed in the personal cabinet"),
    overdue: z.boolean().describe("past its forwarding or review term now, still undecided"),
  })
  .meta({ id: "Complaint" });

const dto = (c: ComplaintRow, at: Date): z.infer<typeof ComplaintDto> => ({
  id: c.id,
  number: c.number,
  caseId: c.case_id,
  providerId: c.provider_id,
  complainantIin: c.complainant_iin,
  complainantName: c.complainant_name,
  text: c.text,
  reviewer: c.reviewer,
  status: c.status,
  registeredAt: c.registered_at.toISOString(),
  forwardDue: c.forward_due.toISOString(),
  reviewDue: c.review_due.toISOString(),
  forwardedAt: c.forwarded_at ? c.forwarded_at.toISOString() : null,
  decidedAt: c.decided_at ? c.decided_at.toISOString() : null,
  decision: c.decision,
  subject: c.subject,
  filedVia: c.filed_via,
  overdue: missedDuty(c, at) !== null,
});

const RegisterBody = z.strictObject({
  caseId: z.uuid().nullable().default(null),
  complainantIin: z.string().regex(/^\d{12}$/),
  complainantName: z.string().trim().min(1).max(200),
  text: z.string().trim().min(1).max(10_000),
  reviewer: z.enum(["provider", "review_body"]),
  subject: z.enum(SUBJECTS).nullable().default(null),
});
const DecideBody = z.strictObject({
  decision: z.enum(["satisfied", "rejected", "partially_satisfied"]),
  reasoning: z.string().trim().min(1).max(10_000),
});
const OFFICE_ROLES = ["office_clerk", "head", "department_head"] as const;

function requireOffice(actor: StaffActor): string {
  if (!actor.providerId || !actor.roles.some((r) => (OFFICE_ROLES as readonly string[]).includes(r)))
    throw engineError("FORBIDDEN_ROLE", { roles: OFFICE_ROLES });
  return actor.providerId;
}

export const complaintRoutes: FastifyPluginAsyncZod = async (app) => {
  const { store, calendar, now } = app.deps;

  const withCaseEvent = (
    row: ComplaintRow,
    actor: StaffActor,
    action: ComplaintAction,
    trx: Transaction<Database>,
  ) =>
    recordComplaintChange(
      trx,
      row,
      { actorId: actor.staffId, actorRole: actor.roles[0] ?? "staff" },
      action,
      now(),
    );

  app.post(
    "/api/v1/complaints",
    {
      schema: {
        tags: ["complaints"],
        summary: "Register a complaint (review in 5 working days by the provider, 15 by the review body)",
        body: RegisterBody,
        response: { 201: z.object({ complaint: ComplaintDto }), ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      const actor = requireStaff(request);
      const providerId = requireOffice(actor);
      const row = await store.db.transaction().execute(async (trx) => {
        if (request.body.caseId) {
          const c = await trx
            .selectFrom("cases")
            .selectAll()
            .where("id", "=", request.body.caseId)
            .executeTakeFirst();
          if (!c) throw engineError("CASE_NOT_FOUND", { caseId: request.body.caseId });
          if (!inScope(actor, c)) throw engineError("FORBIDDEN_SCOPE", { caseId: c.id });
        }
        const r = await registerComplaint(trx, {
          ...request.body,
          providerId,
          filedVia: "office",
          at: now(),
          calendar,
        });
        await withCaseEvent(r, actor, "complaint.registered", trx);
        return r;
      });
      reply.code(201);
      return { complaint: dto(row, now()) };
    },
  );

  const change = (
    path: "forward" | "decision",
    summary: string,
    run: (trx: Transaction<Database>, id: string, body: unknown) => Promise<ComplaintRow>,
    body: z.ZodType,
  ) =>
    app.post(
      `/api/v1/complaints/:id/${path}`,
      {
        schema: {
          tags: ["complaints"],
          summary,
          params: z.object({ id: z.string().min(1).max(100) }),
          body,
          response: {
            200: z.object({ complaint: ComplaintDto }),
            ...problemResponses(400, 401, 403, 404, 409),
          },
        },
      },
      async (request) => {
        const actor = requireStaff(request);
        const providerId = requireOffice(actor);
        const row = await store.db.transaction().execute(async (trx) => {
          const existing = await trx
            .selectFrom("complaints")
            .select("provider_id")
            .where("id", "=", request.params.id)
            .executeTakeFirst();
          if (existing && existing.provider_id !== providerId)
            throw engineError("FORBIDDEN_SCOPE", { complaintId: request.params.id });
          const r = await run(trx, request.params.id, request.body);
          await withCaseEvent(r, actor, `complaint.${path}`, trx);
          return r;
        });
        return { complaint: dto(row, now()) };
      },
    );

  change(
    "forward",
    "Forward to the review body (within 3 working days)",
    (trx, id) => forwardComplaint(trx, id, { at: now(), calendar }),
    z.strictObject({}),
  );
  change(
    "decision",
    "Record the decision on the complaint",
    (trx, id, body) => decideComplaint(trx, id, { ...(body as z.infer<typeof DecideBody>), at: now() }),
    DecideBody,
  );

  app.get(
    "/api/v1/complaints",
    {
      schema: {
        tags: ["complaints"],
        summary: "Complaints of my provider (supervisors: my region), with their deadlines",
        querystring: z.object({
          overdue: z.enum(["true", "false"]).optional(),
          status: z.string().max(40).optional(),
        }),
        response: { 200: z.object({ complaints: z.array(ComplaintDto) }), ...problemResponses(400, 401) },
      },
    },
    async (request) => {
      const actor = requireStaff(request);
      const supervisor = actor.roles.includes("supervisor") || actor.roles.includes("administrator");
      const rows = await listComplaints(store.db, {
        ...(supervisor
          ? actor.regionCode
            ? { regionCode: actor.regionCode }
            : {}
          : { providerId: actor.providerId ?? "-" }),
        ...(request.query.status ? { status: request.query.status as never } : {}),
        ...(request.query.overdue === "true" ? { overdueAt: now() } : {}),
      });
      return { complaints: rows.map((r) => dto(r, now())) };
    },
  );
};
