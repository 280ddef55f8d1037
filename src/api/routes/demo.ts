/**
 * Demo-only helpers for trying the portal by hand: which demo citizens have a
 * key file, and the last SMS the bundled sender stored for a phone (the
 * registration code). Registered only when `serve` runs on the demo data
 * (`ServerDeps.demo`); otherwise these routes do not exist (404).
 */
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { lastSmsTo } from "../../citizens/index.ts";
import { type DemoKeyHolder, keyFileBytes } from "../../demo/demo-keys.ts";
import { apiError, problemResponses } from "../problems.ts";
import { requireCitizen } from "./citizens.ts";

const DemoCitizen = z
  .object({
    iin: z.string(),
    fullName: z.string(),
    phone: z.string().nullable().describe("the phone on record in the state database of individuals"),
    keyFile: z.string().describe("the key file's name under the demo key folder"),
  })
  .meta({ id: "DemoCitizen" });

const DemoStaff = z
  .object({
    login: z.string(),
    fullName: z.string(),
    roles: z.array(z.string()),
    providerId: z.string().nullable(),
    regionCode: z.string().nullable(),
    keyFile: z
      .string()
      .nullable()
      .describe("the signing key file under <key folder>/staff, when there is one"),
  })
  .meta({ id: "DemoStaff" });

/** Logins of the providers of the demo's first Kyzylorda district (their heads hold key files), and the region and republic staff. */
const DEMO_PROVIDER_PREFIX = "kzo-d01-";
const DEMO_REGION_LOGINS = ["kzo.supervisor", "kz.supervisor", "admin"];

const DemoSms = z
  .object({
    phone: z.string(),
    text: z.union([z.string(), z.object({ kk: z.string(), ru: z.string(), en: z.string() })]),
    createdAt: z.string(),
  })
  .meta({ id: "DemoSms" });

export const demoRoutes: FastifyPluginAsyncZod = async (app) => {
  const demo = app.deps.demo;
  if (!demo) return;

  app.get(
    "/api/v1/demo/citizens",
    {
      schema: {
        tags: ["demo"],
        summary: "Demo only: the demo citizens who have a signing key file (password qyzmet-demo)",
        response: { 200: z.object({ keyDir: z.string(), items: z.array(DemoCitizen) }) },
      },
    },
    async () => {
      const files = existsSync(demo.keyDir)
        ? readdirSync(demo.keyDir).filter((f) => /^\d{12}\.p12$/.test(f))
        : [];
      const iins = files.map((f) => f.slice(0, 12)).sort();
      const people =
        iins.length === 0
          ? []
          : await app.deps.store.db
              .selectFrom("citizens")
              .select(["iin", "surname", "given_name", "patronymic", "phone"])
              .where("iin", "in", iins)
              .orderBy("iin")
              .execute();
      return {
        keyDir: demo.keyDir,
        items: people.map((p) => ({
          iin: p.iin,
          fullName: [p.surname, p.given_name, p.patronymic].filter(Boolean).join(" "),
          phone: p.phone,
          keyFile: `${p.iin}.p12`,
        })),
      };
    },
  );

  app.get(
    "/api/v1/demo/staff",
    {
      schema: {
        tags: ["demo"],
        summary: "Demo only: staff accounts to try the workspaces with (password qyzmet-demo)",
        response: { 200: z.object({ items: z.array(DemoStaff) }) },
      },
    },
    async () => {
      const rows = await app.deps.store.db
        .selectFrom("staff")
        .select(["login", "full_name", "roles", "provider_id", "region_code"])
        .where((eb) =>
          eb.or([eb("login", "like", `${DEMO_PROVIDER_PREFIX}%`), eb("login", "in", DEMO_REGION_LOGINS)]),
        )
        .where("active", "=", true)
        .orderBy("login")
        .execute();
      const staffKeys = join(demo.keyDir, "staff");
      return {
        items: rows.map((r) => ({
          login: r.login,
          fullName: r.full_name,
          roles: r.roles,
          providerId: r.provider_id,
          regionCode: r.region_code,
          keyFile: existsSync(join(staffKeys, `${r.login}.p12`)) ? `staff/${r.login}.p12` : null,
        })),
      };
    },
  );

  app.get(
    "/api/v1/demo/sms",
    {
      schema: {
        tags: ["demo"],
        summary: "Demo only: the last SMS the bundled sender stored for a phone (sms_outbox)",
        querystring: z.object({ phone: z.string().trim().min(1).max(40) }),
        response: { 200: DemoSms, ...problemResponses(400, 404) },
      },
    },
    async (request, reply) => {
      const sms = await lastSmsTo(app.deps.store.db, request.query.phone);
      if (!sms) throw apiError("DEMO_SMS_NOT_FOUND", { phone: request.query.phone });
      reply.header("cache-control", "no-store");
      return { phone: sms.phone, text: sms.text, createdAt: sms.createdAt.toISOString() };
    },
  );

  const keyFiles = demo.keyFiles;
  if (keyFiles)
    app.get(
      "/api/v1/demo/key-file",
      {
        schema: {
          tags: ["demo"],
          summary:
            "Demo only: my key file (PKCS#12, password qyzmet-demo), issued by the test CA on first request — " +
            "a citizen's signing key; for staff a head's, a department head's (right to sign) or an employee's authentication key",
          response: { 200: z.unknown().describe("application/x-pkcs12"), ...problemResponses(401, 404) },
        },
      },
      async (request, reply) => {
        const holder: DemoKeyHolder = request.actor
          ? { kind: "staff", login: request.actor.login }
          : { kind: "citizen", iin: (await requireCitizen(request)).iin };
        const f = await keyFiles.file(holder);
        const name = holder.kind === "staff" ? `${holder.login}.p12` : `${holder.iin}.p12`;
        reply
          .header("content-type", "application/x-pkcs12")
          .header("content-disposition", `attachment; filename="${name}"`)
          .header("cache-control", "no-store")
          .header("x-qyzmet-key-purpose", f.purpose)
          .header("x-qyzmet-key-created", String(f.created));
        return reply.send(keyFileBytes(f));
      },
    );
};
