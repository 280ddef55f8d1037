/**
 * The regulations browser's catalogue reads: a version's procedures as BPMN 2.0 with diagram
 * interchange (what the portal draws with bpmn-js), and what changed between versions of a service
 * (src/catalog/diff.ts), each change with the element before and after and so their legal sources.
 */
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { toBpmn } from "../../catalog/bpmn.ts";
import { diffVersions } from "../../catalog/diff.ts";
import {
  ChannelSpec,
  CitedText,
  RefusalGround,
  RegulationVersion,
  RequiredDocument,
  type Service,
  Step,
  Term,
} from "../../catalog/schema.ts";
import { Channel } from "../../catalog/vocabulary.ts";
import { requestLang } from "../lang.ts";
import { apiError, problemResponses } from "../problems.ts";
import { LangQuery } from "../schemas.ts";

const change = <T extends z.ZodType>(element: T, id: string) =>
  z
    .discriminatedUnion("kind", [
      z.object({ kind: z.literal("added"), after: element }),
      z.object({ kind: z.literal("removed"), before: element }),
      z.object({
        kind: z.literal("changed"),
        before: element,
        after: element,
        fields: z.array(z.string()).describe("What differs"),
      }),
    ])
    .meta({ id });

const VersionDiffDto = z
  .object({
    from: z.string(),
    to: z.string(),
    terms: z.array(change(Term, "TermChange")),
    channels: z.array(change(ChannelSpec, "ChannelChange")),
    documents: z.array(
      z.object({ channel: Channel, changes: z.array(change(RequiredDocument, "DocumentChange")) }),
    ),
    documentsRef: z.array(change(CitedText, "DocumentsRefChange")),
    refusalGrounds: z.array(change(RefusalGround, "RefusalGroundChange")),
    refusalGroundsRef: z.array(change(CitedText, "RefusalGroundsRefChange")),
    procedures: z.array(
      z.object({
        channel: Channel,
        variant: z.string().optional(),
        before: z.string().optional(),
        after: z.string().optional(),
        kind: z.enum(["added", "removed", "changed"]),
        steps: z.array(change(Step, "StepChange")),
        unchangedSteps: z.number().int(),
      }),
    ),
    same: z.boolean().describe("Nothing changed"),
  })
  .meta({ id: "VersionDiff" });

const Changes = z
  .object({
    code: z.string(),
    changes: z.array(VersionDiffDto).describe("Each version against the one before it"),
  })
  .meta({ id: "VersionChanges" });

const VersionSummary = RegulationVersion.pick({
  id: true,
  issuer: true,
  act: true,
  amendedBy: true,
  effective: true,
  source: true,
})
  .extend({
    channels: z.array(Channel).describe("The channels the version's standard allows"),
    procedures: z.number().int().describe("How many procedures (channels and variants) it describes"),
    steps: z.number().int().describe("Steps in all its procedures"),
  })
  .meta({ id: "VersionSummary" });

const RegulationList = z
  .object({
    lang: z.string(),
    services: z.array(z.object({ code: z.string(), title: z.string(), versions: z.array(VersionSummary) })),
  })
  .meta({ id: "RegulationList" });

const CodeParams = z.object({ code: z.string().min(1).max(100) });
const VersionParams = CodeParams.extend({ id: z.string().min(1).max(100) });

function serviceOr404(catalog: readonly Service[], code: string): Service {
  const service = catalog.find((s) => s.code === code);
  if (!service) throw apiError("SERVICE_NOT_FOUND", { code });
  return service;
}

function versionOr404(service: Service, id: string) {
  const version = service.versions.find((v) => v.id === id);
  if (!version) throw apiError("VERSION_NOT_FOUND", { code: service.code, version: id });
  return version;
}

export const regulationRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    "/api/v1/regulations",
    {
      schema: {
        tags: ["catalogue"],
        summary: "Every service with its regulation versions: act, issuer and region, in force from and to",
        querystring: z.object({ lang: LangQuery }),
        response: { 200: RegulationList, ...problemResponses(400) },
      },
    },
    async (request) => {
      const lang = request.query.lang ?? requestLang(request);
      return {
        lang,
        services: app.deps.catalog.map((s) => ({
          code: s.code,
          title: s.titles[lang],
          versions: s.versions.map((v) => ({
            id: v.id,
            issuer: v.issuer,
            act: v.act,
            amendedBy: v.amendedBy,
            effective: v.effective,
            source: v.source,
            channels: v.standard.channels.map((c) => c.channel),
            procedures: v.procedures.length,
            steps: v.procedures.reduce((n, p) => n + p.steps.length, 0),
          })),
        })),
      };
    },
  );

  app.get(
    "/api/v1/services/:code/versions/:id/bpmn",
    {
      schema: {
        tags: ["catalogue"],
        summary: "A version's procedures as BPMN 2.0 XML with diagram interchange",
        params: VersionParams,
        querystring: z.object({
          lang: LangQuery,
          labels: z
            .enum(["full", "short"])
            .optional()
            .describe("short: the diagram's labels cut to a readable length; the documentation keeps all"),
        }),
        response: { 200: z.string().describe("application/xml"), ...problemResponses(400, 404) },
      },
    },
    async (request, reply) => {
      const lang = request.query.lang ?? requestLang(request);
      const service = serviceOr404(app.deps.catalog, request.params.code);
      const version = versionOr404(service, request.params.id);
      reply.type("application/xml; charset=utf-8").header("content-language", lang);
      return toBpmn(service, version, lang, { labels: request.query.labels ?? "full" });
    },
  );

  app.get(
    "/api/v1/services/:code/changes",
    {
      schema: {
        tags: ["catalogue"],
        summary: "What changed between the versions of a service",
        description:
          "Without from/to: every version against the one before it (oldest first). With both: that pair.",
        params: CodeParams,
        querystring: z.object({
          from: z.string().min(1).max(100).optional(),
          to: z.string().min(1).max(100).optional(),
        }),
        response: { 200: Changes, ...problemResponses(400, 404) },
      },
    },
    async (request) => {
      const service = serviceOr404(app.deps.catalog, request.params.code);
      const { from, to } = request.query;
      if (from !== undefined || to !== undefined) {
        const a = versionOr404(service, from ?? "");
        const b = versionOr404(service, to ?? "");
        return { code: service.code, changes: [diffVersions(a, b)] };
      }
      const changes = service.versions.slice(1).map((v, i) => diffVersions(service.versions[i]!, v));
      return { code: service.code, changes };
    },
  );
};
