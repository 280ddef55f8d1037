/**
 * The regulation catalogue, read-only: the services, one service with all its
 * versions, and the version in force in a region on a date.
 */
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { latestVersion, resolveVersion } from "../../catalog/lookup.ts";
import type { Catalog } from "../../catalog/schema.ts";
import { RegulationVersion, Service, Source } from "../../catalog/schema.ts";
import { Channel, Lang, LifeSituation, Sphere } from "../../catalog/vocabulary.ts";
import { isQyzmetError, QyzmetError } from "../../core/errors.ts";
import { paymentRuleOf } from "../../payments/index.ts";
import { requestLang } from "../lang.ts";
import { apiError, problemResponses } from "../problems.ts";
import { LangQuery } from "../schemas.ts";

const ServiceSummary = z
  .object({
    code: z.string(),
    sphere: Sphere,
    lifeSituations: z.array(LifeSituation).describe("Where the portal lists it"),
    title: z.string().describe("The title in the answer's language"),
    channels: z.array(Channel).describe("Channels of the newest version"),
    versions: z.array(z.string()).describe("Version ids, oldest first"),
  })
  .meta({ id: "ServiceSummary" });

const ServiceList = z.object({ lang: Lang, services: z.array(ServiceSummary) }).meta({ id: "ServiceList" });

const ServiceDetail = z
  .object({ lang: Lang, title: z.string(), service: Service })
  .meta({ id: "ServiceDetail" });

const BankAccountNeed = z
  .object({
    sources: z.array(Source).describe("the decision that assigns the payment (src/payments/rules.ts)"),
    document: z
      .object({ id: z.string(), source: Source })
      .nullable()
      .describe("the catalogue's document that evidences the account, where the act lists one"),
  })
  .meta({ id: "BankAccountNeed" });

const ResolvedVersion = z
  .object({
    code: z.string(),
    region: z.string(),
    date: z.string(),
    version: RegulationVersion,
    bankAccount: BankAccountNeed.nullable().describe(
      "Not null: the service's decision assigns a payment, so the portal form asks for form.bankAccount " +
        "{bic, iban} (required on the portal; a KZ IBAN with valid check digits)",
    ),
  })
  .meta({ id: "ResolvedVersion" });

const CodeParams = z.object({ code: z.string().min(1).max(100) });

function findOr404(catalog: Catalog, code: string) {
  const service = catalog.find((s) => s.code === code);
  if (!service) throw apiError("SERVICE_NOT_FOUND", { code });
  return service;
}

export const serviceRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    "/api/v1/services",
    {
      schema: {
        tags: ["catalogue"],
        summary: "The state services",
        querystring: z.object({
          lang: LangQuery,
          q: z.string().trim().max(200).optional().describe("Part of the code or of a title in any language"),
          sphere: Sphere.optional(),
        }),
        response: { 200: ServiceList, ...problemResponses(400) },
      },
    },
    async (request) => {
      const lang = request.query.lang ?? requestLang(request);
      const needle = request.query.q?.toLocaleLowerCase();
      const { sphere } = request.query;
      const services = app.deps.catalog
        .filter((s) => sphere === undefined || s.sphere === sphere)
        .filter(
          (s) =>
            !needle ||
            [s.code, s.titles.kk, s.titles.ru, s.titles.en].some((t) =>
              t.toLocaleLowerCase().includes(needle),
            ),
        )
        .map((s) => ({
          code: s.code,
          sphere: s.sphere,
          lifeSituations: s.lifeSituations,
          title: s.titles[lang],
          channels: latestVersion(s).standard.channels.map((c) => c.channel),
          versions: s.versions.map((v) => v.id),
        }));
      return { lang, services };
    },
  );

  app.get(
    "/api/v1/services/:code",
    {
      schema: {
        tags: ["catalogue"],
        summary: "A service with all its regulation versions",
        params: CodeParams,
        querystring: z.object({ lang: LangQuery }),
        response: { 200: ServiceDetail, ...problemResponses(400, 404) },
      },
    },
    async (request) => {
      const lang = request.query.lang ?? requestLang(request);
      const service = findOr404(app.deps.catalog, request.params.code);
      return { lang, title: service.titles[lang], service };
    },
  );

  app.get(
    "/api/v1/services/:code/resolve",
    {
      schema: {
        tags: ["catalogue"],
        summary: "The version in force in a region on a date",
        params: CodeParams,
        querystring: z.object({
          region: z.string().min(1).max(100).describe("Region code, e.g. kyzylorda"),
          date: z.string().min(1).max(100).describe("YYYY-MM-DD"),
        }),
        response: { 200: ResolvedVersion, ...problemResponses(400, 404) },
      },
    },
    async (request) => {
      const { code } = request.params;
      const { region, date } = request.query;
      findOr404(app.deps.catalog, code);
      try {
        const version = resolveVersion(app.deps.catalog, code, region, date);
        const rule = paymentRuleOf(code);
        const bankAccount = rule
          ? {
              sources: [...rule.sources],
              document: rule.accountDocument ? { ...rule.accountDocument } : null,
            }
          : null;
        return { code, region, date, version, bankAccount };
      } catch (error) {
        // No version in force there and then: nothing to show, so 404 (bad region or date stay 400).
        if (isQyzmetError(error) && error.code === "VERSION_NOT_IN_FORCE") {
          throw new QyzmetError(error.code, error.messages, { ...error.details }, 404);
        }
        throw error;
      }
    },
  );
};
