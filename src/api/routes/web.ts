/**
 * The web app (web/, built by `npm run build:web` into web/dist) at `/`: its
 * files as they are (hashed assets cached for a year, index.html never), and
 * index.html for every other GET outside the API so the single-page app's own
 * routes (/services/…, /cabinet, /verify/…) load on a reload or a shared link.
 * `/api/*`, `/docs`, `/health` and `/monitoring/*` stay the API's: an unknown
 * path there is the usual 404 problem. Without a build, pages answer 503
 * WEB_NOT_BUILT.
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import fastifyStatic from "@fastify/static";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { apiError } from "../problems.ts";

/** Paths that belong to the API, never to the web app. */
const API_PATH = /^\/(api|docs|health|monitoring)(\/|$|\?)/;

export const webRoutes: FastifyPluginAsyncZod = async (app) => {
  const root = app.deps.webRoot;
  if (root === null) return;
  const built = existsSync(join(root, "index.html"));
  if (built) {
    await app.register(fastifyStatic, {
      root,
      prefix: "/",
      wildcard: false,
      index: false,
      cacheControl: false,
      setHeaders(res, path) {
        res.setHeader(
          "cache-control",
          path.includes(`${join(root, "assets")}`) ? "public, max-age=31536000, immutable" : "no-cache",
        );
      },
    });
  }
  const page = async (url: string, reply: import("fastify").FastifyReply) => {
    if (API_PATH.test(url))
      throw apiError("ROUTE_NOT_FOUND", { method: "GET", path: url.split("?")[0] ?? "" });
    if (!built) throw apiError("WEB_NOT_BUILT");
    reply.header("cache-control", "no-cache");
    return reply.type("text/html; charset=utf-8").sendFile("index.html", { cacheControl: false });
  };
  app.get("/", { schema: { hide: true } }, (request, reply) => page(request.url, reply));
  app.get("/*", { schema: { hide: true } }, (request, reply) => page(request.url, reply));
};
