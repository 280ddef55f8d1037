/**
 * Staff work: my inbox by due time, assigning a task (and who may be given
 * one), the registration journal, a supervisor's overdue list, my notifications.
 */
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { sql } from "kysely";
import { z } from "zod";
import { StaffRole } from "../../core/actor.ts";
import { AssignInput, assignTask, engineError, inbox, journal, overdueInRegion } from "../../engine/index.ts";
import { requireStaff } from "../auth.ts";
import { TaskDto, taskDto } from "../dto.ts";
import { problemResponses } from "../problems.ts";
import { engineDeps } from "./cases.ts";

const InboxItem = z
  .object({
    task: TaskDto,
    incomingNumber: z.string().nullable(),
    serviceCode: z.string(),
    status: z.string(),
    caseDeadline: z.string().nullable(),
    remainingWorkingMs: z.number(),
    overdue: z.boolean(),
  })
  .meta({ id: "InboxItem" });

export const workRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    "/api/v1/tasks/mine",
    {
      schema: {
        tags: ["work"],
        summary: "My open tasks by due time, with the working time left",
        querystring: z.object({ limit: z.coerce.number().int().min(1).max(500).default(100) }),
        response: { 200: z.object({ items: z.array(InboxItem) }), ...problemResponses(400, 401) },
      },
    },
    async (request) => {
      const actor = requireStaff(request);
      const items = await inbox(engineDeps(app), actor, request.query.limit);
      return {
        items: items.map((i) => ({
          task: taskDto(i.task),
          incomingNumber: i.incomingNumber,
          serviceCode: i.serviceCode,
          status: i.status,
          caseDeadline: i.caseDeadline ? i.caseDeadline.toISOString() : null,
          remainingWorkingMs: i.remainingMs,
          overdue: i.remainingMs < 0,
        })),
      };
    },
  );

  app.post(
    "/api/v1/tasks/:id/assign",
    {
      schema: {
        tags: ["work"],
        summary: "Give the task to a staff member with a resolution (head, department head)",
        params: z.object({ id: z.uuid() }),
        body: AssignInput,
        response: { 200: z.object({ task: TaskDto }), ...problemResponses(400, 401, 403, 404, 409, 422) },
      },
    },
    async (request) => {
      const actor = requireStaff(request);
      const task = await assignTask(engineDeps(app), actor, request.params.id, request.body);
      return { task: taskDto(task) };
    },
  );

  app.get(
    "/api/v1/staff/eligible",
    {
      schema: {
        tags: ["work"],
        summary: "Active staff of my organisation in a role: whom a head may give a task of that role",
        querystring: z.object({ role: StaffRole }),
        response: {
          200: z.object({
            items: z.array(
              z.object({
                id: z.string(),
                login: z.string(),
                fullName: z.string(),
                roles: z.array(z.string()),
              }),
            ),
          }),
          ...problemResponses(400, 401, 403),
        },
      },
    },
    async (request) => {
      const actor = requireStaff(request);
      if (!actor.providerId) throw engineError("FORBIDDEN_SCOPE", { provider: null });
      const rows = await app.deps.store.db
        .selectFrom("staff")
        .select(["id", "login", "full_name", "roles"])
        .where("provider_id", "=", actor.providerId)
        .where("active", "=", true)
        .where(sql<boolean>`roles @> ${JSON.stringify([request.query.role])}::jsonb`)
        .orderBy("full_name")
        .orderBy("id")
        .limit(200)
        .execute();
      return {
        items: rows.map((r) => ({
          id: r.id,
          login: r.login,
          fullName: r.full_name,
          roles: r.roles as string[],
        })),
      };
    },
  );

  app.get(
    "/api/v1/journal",
    {
      schema: {
        tags: ["work"],
        summary: "The registration journal of incoming applications of a provider and year",
        querystring: z.object({
          provider: z.string().min(1).max(60),
          year: z.coerce.number().int().min(2015).max(2100),
        }),
        response: {
          200: z.object({
            entries: z.array(
              z.object({
                incomingNumber: z.string().nullable(),
                caseId: z.string(),
                serviceCode: z.string(),
                channel: z.string(),
                submittedAt: z.string(),
                status: z.string(),
                deadline: z.string().nullable(),
                endedAt: z.string().nullable(),
              }),
            ),
          }),
          ...problemResponses(400, 401, 403),
        },
      },
    },
    async (request) => {
      const actor = requireStaff(request);
      const rows = await journal(engineDeps(app), actor, request.query.provider, request.query.year);
      return {
        entries: rows.map((r) => ({
          incomingNumber: r.incoming_number,
          caseId: r.id,
          serviceCode: r.service_code,
          channel: r.channel,
          submittedAt: r.submitted_at.toISOString(),
          status: r.status,
          deadline: r.deadline ? r.deadline.toISOString() : null,
          endedAt: r.ended_at ? r.ended_at.toISOString() : null,
        })),
      };
    },
  );

  app.get(
    "/api/v1/supervision/overdue",
    {
      schema: {
        tags: ["supervision"],
        summary: "Open tasks past due in a region, with who holds each",
        querystring: z.object({
          region: z.string().min(1).max(60).optional(),
          limit: z.coerce.number().int().min(1).max(1000).default(100),
        }),
        response: {
          200: z.object({ tasks: z.array(z.record(z.string(), z.unknown())) }),
          ...problemResponses(400, 401, 403),
        },
      },
    },
    async (request) => {
      const actor = requireStaff(request);
      if (!actor.roles.includes("supervisor") && !actor.roles.includes("administrator"))
        throw engineError("FORBIDDEN_ROLE", { roles: ["supervisor", "administrator"] });
      const region = actor.regionCode ?? request.query.region;
      if (!region) throw engineError("INPUT_INVALID", { region: "required" });
      if (actor.regionCode && request.query.region && request.query.region !== actor.regionCode)
        throw engineError("FORBIDDEN_SCOPE", { region: request.query.region });
      const rows = await overdueInRegion(engineDeps(app), region, request.query.limit);
      return {
        tasks: rows.map((r) => ({
          ...r,
          due_at: r.due_at.toISOString(),
          overdue_at: r.overdue_at ? r.overdue_at.toISOString() : null,
        })),
      };
    },
  );

  app.get(
    "/api/v1/notifications",
    {
      schema: {
        tags: ["work"],
        summary: "My notifications, newest first",
        querystring: z.object({ limit: z.coerce.number().int().min(1).max(200).default(50) }),
        response: {
          200: z.object({
            notifications: z.array(
              z.object({
                id: z.string(),
                caseId: z.string().nullable(),
                kind: z.string(),
                text: z.unknown(),
                createdAt: z.string(),
              }),
            ),
          }),
          ...problemResponses(400, 401),
        },
      },
    },
    async (request) => {
      const actor = requireStaff(request);
      const rows = await app.deps.store.db
        .selectFrom("notifications")
        .selectAll()
        .where("staff_id", "=", actor.staffId)
        .orderBy("created_at", "desc")
        .limit(request.query.limit)
        .execute();
      return {
        notifications: rows.map((n) => ({
          id: String(n.id),
          caseId: n.case_id,
          kind: n.kind,
          text: n.text,
          createdAt: n.created_at.toISOString(),
        })),
      };
    },
  );
};
