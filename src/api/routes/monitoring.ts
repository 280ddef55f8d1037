/**
 * The state-services monitoring system: the bundled receiver (where stages go
 * when no external endpoint is configured, and an endpoint other nodes can
 * point at), and the delivery status for supervisors.
 */
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { engineError } from "../../engine/index.ts";
import { outboxStatus, receive } from "../../monitoring/index.ts";
import { requireStaff } from "../auth.ts";
import { problemResponses } from "../problems.ts";

export const monitoringRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    "/monitoring/v1/stages",
    {
      config: { csrf: false },
      schema: {
        tags: ["monitoring"],
        summary: "Bundled monitoring receiver: stores a stage message once per messageId",
        body: z.looseObject({ messageId: z.string().min(1).max(200) }),
        response: { 200: z.object({ stored: z.boolean() }), ...problemResponses(400) },
      },
    },
    async (request) => ({ stored: await receive(app.deps.store.db, request.body, app.deps.now()) }),
  );

  app.get(
    "/api/v1/monitoring/status",
    {
      schema: {
        tags: ["monitoring"],
        summary:
          "Delivery of stages to the monitoring system: pending, failing, oldest undelivered, technical failures",
        response: { 200: z.record(z.string(), z.unknown()), ...problemResponses(401, 403) },
      },
    },
    async (request) => {
      const actor = requireStaff(request);
      if (!actor.roles.includes("supervisor") && !actor.roles.includes("administrator"))
        throw engineError("FORBIDDEN_ROLE", { roles: ["supervisor", "administrator"] });
      const s = await outboxStatus(app.deps.store.db, app.deps.now());
      return {
        ...s,
        oldestUndeliveredAt: s.oldestUndeliveredAt ? s.oldestUndeliveredAt.toISOString() : null,
      };
    },
  );
};
