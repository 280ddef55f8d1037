/**
 * Which documents the state databases make unnecessary, asked before an application is sent: the desk's
 * checklist (staff session) and the portal's form (citizen cookie, about the citizen as applicant only).
 * Intake answers the same way when the application arrives (src/engine/waivers.ts).
 */
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { checkWaivers, engineError, WaiverQuery } from "../../engine/index.ts";
import { requireStaff } from "../auth.ts";
import { problemResponses } from "../problems.ts";
import { engineDeps } from "./cases.ts";
import { requireCitizen } from "./citizens.ts";

const Text3 = z.object({ kk: z.string(), ru: z.string(), en: z.string() });

export const WaiverCheckDto = z
  .object({
    versionId: z.string(),
    documents: z.array(
      z.object({
        document: z.string(),
        title: Text3,
        status: z.enum(["obtained", "required", "unavailable"]),
        reason: z.enum(["no_record", "registered_abroad", "no_subject"]).optional(),
        system: z.string().describe("The state database: АХАЖ, guardianship, Оралман"),
        record: z.string(),
        of: z.string(),
        source: z.object({
          seed: z.string(),
          ref: z.string(),
          lines: z.tuple([z.number(), z.number()]),
          quote: z.string().optional(),
        }),
        declarable: Text3.optional(),
      }),
    ),
  })
  .meta({ id: "WaiverCheck" });

const DESCRIPTION =
  "For each document of the channel that the act requires only when the state information system has no " +
  "record (`waivedIfRecord`): `obtained` (the record exists: no need to hand it in), `required` (no record, a " +
  "record registered abroad where the act asks for the document then, or no child IIN to look up), " +
  "`unavailable` (the database does not answer: hand it in). Nothing is written.";

export const waiverRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    "/api/v1/intake/waivers",
    {
      schema: {
        tags: ["cases"],
        summary: "Documents the state databases make unnecessary for this applicant (the desk's checklist)",
        description: DESCRIPTION,
        body: WaiverQuery,
        response: { 200: WaiverCheckDto, ...problemResponses(400, 401, 403, 404, 422) },
      },
    },
    async (request, reply) => {
      requireStaff(request);
      reply.header("cache-control", "no-store");
      return checkWaivers(engineDeps(app), request.body);
    },
  );

  app.post(
    "/api/v1/citizen/intake/waivers",
    {
      schema: {
        tags: ["citizen"],
        summary: "Documents the state databases make unnecessary for me (the portal's form)",
        description: `${DESCRIPTION} A citizen asks about themselves as the applicant (else 403 WAIVER_CHECK_FORBIDDEN).`,
        body: WaiverQuery,
        response: { 200: WaiverCheckDto, ...problemResponses(400, 401, 403, 404, 422) },
      },
    },
    async (request, reply) => {
      const citizen = await requireCitizen(request);
      if (request.body.applicant.iin !== citizen.iin) throw engineError("WAIVER_CHECK_FORBIDDEN", {});
      reply.header("cache-control", "no-store");
      return checkWaivers(engineDeps(app), request.body);
    },
  );
};
