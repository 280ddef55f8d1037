/**
 * The HTTP API: Fastify with zod schemas on every route (validation, response
 * serialisation and the OpenAPI document at /docs), errors as
 * application/problem+json (errors.ts), staff sessions by cookie (auth.ts).
 *
 * Adding an area (cases, tasks, complaints, journal …):
 *  1. write `src/api/routes/<area>.ts` exporting a `FastifyPluginAsyncZod` that declares its routes with
 *     full paths (`/api/v1/<area>/…`), zod `schema`s (plus `problemResponses(…)` for its error statuses)
 *     and `tags`; use `app.deps` for the store, catalogue, calendar and clock, `requireStaff(request)`
 *     for the actor (and `security: [{ session: [] }]` in the schema), and throw QyzmetErrors;
 *  2. add one line to `src/api/routes/index.ts`: `export { caseRoutes } from "./cases.ts";`.
 * buildServer registers every export of that file, after the hooks, so each area gets the error
 * handling, sessions, CSRF check and OpenAPI entries without further wiring.
 */
import { fileURLToPath } from "node:url";
import fastifyCookie from "@fastify/cookie";
import fastifyHelmet from "@fastify/helmet";
import fastifySwagger from "@fastify/swagger";
import fastifySwaggerUi from "@fastify/swagger-ui";
import Fastify, { type FastifyInstance, type FastifyServerOptions } from "fastify";
import {
  type FastifyPluginAsyncZod,
  jsonSchemaTransform,
  jsonSchemaTransformObject,
  serializerCompiler,
  validatorCompiler,
} from "fastify-type-provider-zod";
import type { Kysely } from "kysely";
import type { Calendar } from "../calendar/index.ts";
import type { Catalog } from "../catalog/schema.ts";
import type { SealKeys } from "../documents/seal.ts";
import { type Automation, PASSING_AUTOMATION } from "../engine/index.ts";
import type { Trust } from "../portal/trust.ts";
import { localStateDatabases } from "../statedb/local.ts";
import type { StateDatabases } from "../statedb/ports.ts";
import type { Store } from "../store/index.ts";
import type { Database } from "../store/tables.ts";
import { installAuth } from "./auth.ts";
import type { ApiDeps, DemoDeps } from "./context.ts";
import { frameworkErrors, installErrorHandling } from "./errors.ts";
import * as routes from "./routes/index.ts";

export type { ApiDeps, DemoDeps } from "./context.ts";

/** web/dist of this checkout: where `npm run build:web` writes the portal. */
export const DEFAULT_WEB_ROOT = fileURLToPath(new URL("../../web/dist", import.meta.url));

export const DEFAULT_BODY_LIMIT = 1024 * 1024;

export interface ServerDeps {
  store: Store;
  calendar: Calendar;
  catalog: Catalog;
  /** The clock (default: the system's). */
  now?: () => Date;
  /** Fastify's logger option (default: off). */
  logger?: FastifyServerOptions["logger"];
  /** Largest request body in bytes (default 1 MiB). */
  bodyLimit?: number;
  /** Never mark the session cookie Secure (default: QYZMET_INSECURE_COOKIES=1); see auth.ts. */
  insecureCookies?: boolean;
  /** Automated decisions (default: checks pass — the request arrived verified). */
  automation?: Automation;
  /**
   * The state databases intake asks for documents the acts waive when a record exists (default: the
   * bundled ones over this database's synthetic population, src/statedb/local.ts; null: none).
   */
  stateDatabases?: ((db: Kysely<Database>) => StateDatabases) | null;
  /** The gateway port's bearer token (default: QYZMET_GATEWAY_TOKEN; unset closes the port). */
  gatewayToken?: string | null;
  /** Trusted roots + CRLs for EDS-signed portal applications (default none: that route answers 503). */
  trust?: Trust | null;
  /** The built web app's folder (default web/dist of this checkout; null: no web app). */
  webRoot?: string | null;
  /** Demo-only helpers (default none); `serve` sets them when the database holds the demo. */
  demo?: DemoDeps | null;
  /** Seals of the providers for fully automated results (default none). */
  seals?: SealKeys | null;
  /** Public base URL for documents' verification links (default QYZMET_PUBLIC_URL, else http://127.0.0.1:8080). */
  publicUrl?: string;
}

/**
 * The Content-Security-Policy of every answer (with @fastify/helmet's other headers: nosniff,
 * frame denial, referrer policy, COOP/CORP …). What it must let work: the portal (web/dist: scripts and
 * styles from its own hashed files, React's inline style attributes, data: images), the Swagger UI at /docs (its own script files, inline styles, data: images) and the
 * /verify/<id> page (one inline <style>). No inline script is allowed anywhere, nothing may frame us,
 * and `upgrade-insecure-requests` is left out: `qyzmet serve` answers plain HTTP on 127.0.0.1.
 */
export const CONTENT_SECURITY_POLICY = {
  defaultSrc: ["'self'"],
  baseUri: ["'self'"],
  scriptSrc: ["'self'"],
  scriptSrcAttr: ["'none'"],
  styleSrc: ["'self'", "'unsafe-inline'"],
  imgSrc: ["'self'", "data:"],
  fontSrc: ["'self'", "data:"],
  connectSrc: ["'self'"],
  objectSrc: ["'none'"],
  frameSrc: ["'none'"],
  frameAncestors: ["'none'"],
  formAction: ["'self'"],
  upgradeInsecureRequests: null,
};

/** Every export of routes/index.ts, checked to be a route plugin. */
const ROUTE_PLUGINS: Record<string, FastifyPluginAsyncZod> = routes;

/** The server with every route registered, not yet listening (`inject` or `listen` it). */
export async function buildServer(input: ServerDeps): Promise<FastifyInstance> {
  const deps: ApiDeps = {
    store: input.store,
    calendar: input.calendar,
    catalog: input.catalog,
    now: input.now ?? (() => new Date()),
    insecureCookies: input.insecureCookies ?? process.env.QYZMET_INSECURE_COOKIES === "1",
    bodyLimit: input.bodyLimit ?? DEFAULT_BODY_LIMIT,
    automation: input.automation ?? PASSING_AUTOMATION,
    stateDatabases:
      input.stateDatabases === undefined
        ? (db) => localStateDatabases(db, { now: () => deps.now() })
        : input.stateDatabases,
    gatewayToken:
      input.gatewayToken === undefined ? (process.env.QYZMET_GATEWAY_TOKEN ?? null) : input.gatewayToken,
    trust: input.trust ?? null,
    webRoot: input.webRoot === undefined ? DEFAULT_WEB_ROOT : input.webRoot,
    demo: input.demo ?? null,
    seals: input.seals ?? null,
    publicUrl: input.publicUrl ?? process.env.QYZMET_PUBLIC_URL ?? "http://127.0.0.1:8080",
  };
  const app = Fastify({ logger: input.logger ?? false, bodyLimit: deps.bodyLimit, frameworkErrors });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  // JSON only: a text/plain body (which a cross-site form can send) is 415, not a string.
  app.removeContentTypeParser("text/plain");
  app.decorate("deps", deps);

  await app.register(fastifyCookie);
  await app.register(fastifyHelmet, { contentSecurityPolicy: { directives: CONTENT_SECURITY_POLICY } });
  await app.register(fastifySwagger, {
    openapi: {
      openapi: "3.1.0",
      info: {
        title: "Qyzmet API",
        description:
          "Kazakhstan state-service delivery. Errors are application/problem+json (RFC 9457) with a stable " +
          "`code`; messages follow `?lang=kk|ru|en` or Accept-Language. State-changing requests need the " +
          "header `X-Qyzmet-CSRF: 1`.",
        version: "1",
      },
      components: {
        securitySchemes: {
          session: {
            type: "apiKey",
            in: "cookie",
            name: "qyzmet_session",
            description: "A staff member's session",
          },
          citizenSession: {
            type: "apiKey",
            in: "cookie",
            name: "qyzmet_citizen",
            description: "A citizen's session",
          },
          gateway: {
            type: "http",
            scheme: "bearer",
            description: "The e-government gateway's port (QYZMET_GATEWAY_TOKEN)",
          },
        },
      },
    },
    transform: jsonSchemaTransform,
    transformObject: jsonSchemaTransformObject,
  });
  await app.register(fastifySwaggerUi, { routePrefix: "/docs" });

  installErrorHandling(app);
  installAuth(app);
  for (const plugin of Object.values(ROUTE_PLUGINS)) await app.register(plugin);
  return app;
}
