/** `GET /health`: is the server up and its database answering? */

import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { sql } from "kysely";
import { z } from "zod";
import { apiError, problemResponses } from "../problems.ts";

const Health = z
  .object({
    status: z.literal("ok"),
    database: z.enum(["postgres", "pglite"]),
    time: z.string().describe("The server's clock, ISO 8601 UTC"),
  })
  .meta({ id: "Health" });

export const healthRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    "/health",
    {
      schema: {
        tags: ["system"],
        summary: "Liveness and database check",
        response: { 200: Health, ...problemResponses(503) },
      },
    },
    async (request) => {
      const { store, now } = app.deps;
      try {
        await sql`SELECT 1`.execute(store.db);
      } catch (error) {
        request.log.error({ err: error }, "health check: database unavailable");
        throw apiError("DATABASE_UNAVAILABLE");
      }
      return { status: "ok" as const, database: store.kind, time: now().toISOString() };
    },
  );
};
