/**
 * Where to apply, for the portal's application form: the regions, a region's
 * districts, and the providers competent for a service there (the version in
 * force today in that region names the provider kinds). Public, read-only.
 */
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { resolveVersion } from "../../catalog/lookup.ts";
import { isRegionCode, REGIONS } from "../../catalog/regions.ts";
import { listDistricts, providersForService } from "../../org/index.ts";
import { apiError, problemResponses } from "../problems.ts";

const Text3 = z.object({ kk: z.string(), ru: z.string(), en: z.string() });

const RegionList = z
  .object({ items: z.array(z.object({ code: z.string(), kind: z.string(), name: Text3 })) })
  .meta({ id: "RegionList" });

const DistrictList = z
  .object({ items: z.array(z.object({ id: z.string(), name: Text3 })) })
  .meta({ id: "DistrictList" });

const ProviderList = z
  .object({
    versionId: z.string().describe("the regulation version in force there today"),
    items: z.array(
      z.object({
        id: z.string(),
        kind: z.string(),
        districtId: z.string().nullable(),
        name: Text3,
        address: Text3,
      }),
    ),
  })
  .meta({ id: "ProviderList" });

/** Today's date in Kazakhstan (Asia/Almaty), YYYY-MM-DD. */
function almatyDate(now: Date): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Almaty" }).format(now);
}

export const placeRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    "/api/v1/regions",
    {
      schema: {
        tags: ["catalogue"],
        summary: "Regions and cities of republican significance",
        response: { 200: RegionList },
      },
    },
    async () => ({ items: REGIONS.map((r) => ({ code: r.code, kind: r.kind, name: r.name })) }),
  );

  app.get(
    "/api/v1/regions/:region/districts",
    {
      schema: {
        tags: ["catalogue"],
        summary: "The districts of a region",
        params: z.object({ region: z.string().min(1).max(60) }),
        response: { 200: DistrictList, ...problemResponses(404) },
      },
    },
    async (request) => {
      const { region } = request.params;
      if (!isRegionCode(region)) throw apiError("REGION_NOT_FOUND", { region });
      const districts = await listDistricts(app.deps.store.db, region);
      return { items: districts.map((d) => ({ id: d.id, name: d.name })) };
    },
  );

  app.get(
    "/api/v1/services/:code/providers",
    {
      schema: {
        tags: ["catalogue"],
        summary:
          "The providers competent for a service in a region (and district), by the version in force today",
        params: z.object({ code: z.string().min(1).max(100) }),
        querystring: z.object({
          region: z.string().min(1).max(60),
          district: z.string().min(1).max(60).optional(),
        }),
        response: { 200: ProviderList, ...problemResponses(400, 404) },
      },
    },
    async (request) => {
      const { code } = request.params;
      const { region, district } = request.query;
      if (!app.deps.catalog.some((s) => s.code === code)) throw apiError("SERVICE_NOT_FOUND", { code });
      if (!isRegionCode(region)) throw apiError("REGION_NOT_FOUND", { region });
      const version = resolveVersion(app.deps.catalog, code, region, almatyDate(app.deps.now()));
      const providers = await providersForService(app.deps.store.db, {
        regionCode: region,
        districtId: district ?? null,
        kinds: [...version.standard.provider.kinds],
      });
      return {
        versionId: version.id,
        items: providers.map((p) => ({
          id: p.id,
          kind: p.kind,
          districtId: p.districtId,
          name: p.name,
          address: p.address,
        })),
      };
    },
  );
};
