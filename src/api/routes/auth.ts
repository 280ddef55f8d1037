/**
 * Staff sign-in, sign-out and "who am I". The session lives in the HttpOnly
 * `qyzmet_session` cookie (see ../auth.ts); the token never appears in a body.
 */
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { signIn, signOut } from "../../auth/sessions.ts";
import { clearSessionCookie, requireStaff, sessionToken, setSessionCookie } from "../auth.ts";
import { problemResponses } from "../problems.ts";
import { StaffActorSchema } from "../schemas.ts";

const SignInBody = z
  .object({
    login: z.string().trim().min(1).max(200),
    password: z.string().min(1).max(1000),
  })
  .meta({ id: "SignIn" });

const Session = z
  .object({ actor: StaffActorSchema, expiresAt: z.string().describe("When the session ends, ISO 8601") })
  .meta({ id: "Session" });

const Text3 = z.object({ kk: z.string(), ru: z.string(), en: z.string() });
const Me = z
  .object({
    actor: StaffActorSchema,
    provider: z
      .object({ id: z.string(), kind: z.string(), bin: z.string(), name: Text3, regionCode: z.string() })
      .nullable()
      .describe("The organisation the staff member works for; null for region or republic staff"),
  })
  .meta({ id: "Me" });

export const authRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    "/api/v1/auth/sign-in",
    {
      config: { csrf: false },
      schema: {
        tags: ["auth"],
        summary: "Sign in with login and password; sets the qyzmet_session cookie",
        body: SignInBody,
        response: { 200: Session, ...problemResponses(400, 401, 413, 415, 429) },
      },
    },
    async (request, reply) => {
      const { store } = app.deps;
      const now = app.deps.now();
      const previous = sessionToken(request);
      const session = await signIn(store.db, { ...request.body, now });
      if (previous) await signOut(store.db, previous);
      setSessionCookie(request, reply, session, now);
      reply.header("cache-control", "no-store");
      return { actor: session.actor, expiresAt: session.expiresAt.toISOString() };
    },
  );

  app.post(
    "/api/v1/auth/sign-out",
    {
      schema: {
        tags: ["auth"],
        summary: "End the session (idempotent); needs X-Qyzmet-CSRF: 1",
        security: [{ session: [] }],
        response: { 204: z.undefined().describe("Signed out"), ...problemResponses(403) },
      },
    },
    async (request, reply) => {
      const token = sessionToken(request);
      if (token) await signOut(app.deps.store.db, token);
      clearSessionCookie(request, reply);
      return reply.code(204).send();
    },
  );

  app.get(
    "/api/v1/auth/me",
    {
      schema: {
        tags: ["auth"],
        summary: "The signed-in staff member",
        security: [{ session: [] }],
        response: { 200: Me, ...problemResponses(401) },
      },
    },
    async (request, reply) => {
      reply.header("cache-control", "no-store");
      const actor = requireStaff(request);
      const provider = actor.providerId
        ? await app.deps.store.db
            .selectFrom("providers")
            .select(["id", "kind", "bin", "name", "region_code"])
            .where("id", "=", actor.providerId)
            .executeTakeFirst()
        : undefined;
      return {
        actor,
        provider: provider
          ? {
              id: provider.id,
              kind: provider.kind,
              bin: provider.bin,
              name: provider.name,
              regionCode: provider.region_code,
            }
          : null,
      };
    },
  );
};
