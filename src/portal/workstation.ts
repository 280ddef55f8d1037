/**
 * The provider's regional gateway workstation (process 6 of the portal flow,
 * 004; P5–P6 of 001's regulations): a portal request delivered through the
 * e-government gateway is stored in the provider's gateway inbox, registered
 * as a case by the engine's intake, and linked to its signed-request record.
 * A request the provider refuses at registration (its rules changed since the
 * portal checked it) is a permanent refusal — DELIVERY_STOPPED — and the
 * citizen is told why; anything else (the database down) is retried.
 */
import type { Kysely } from "kysely";
import { isQyzmetError } from "../core/errors.ts";
import { type EngineDeps, submitApplication } from "../engine/index.ts";
import { type GatewayReceiver, markProcessed, receiveMessage } from "../gateway/index.ts";
import type { Database } from "../store/tables.ts";

export const PORTAL_SENDER = "egov-portal";

export function providerWorkstation(deps: { db: Kysely<Database>; engine: EngineDeps }): GatewayReceiver {
  return async (message) => {
    const at = deps.engine.now();
    await receiveMessage(deps.db, message, { at });
    const body = message.body as { request?: unknown; signature?: unknown; certification?: unknown } | null;
    let json: unknown;
    try {
      json = JSON.parse(Buffer.from(String(body?.request ?? ""), "base64").toString("utf8"));
    } catch {
      return { permanent: true, error: "the message carries no JSON request" };
    }
    try {
      // How the citizen certified it (messages sent before it was recorded carry a CMS: an EDS).
      const certification =
        typeof body?.certification === "object" && body.certification !== null
          ? (body.certification as Record<string, unknown>)
          : typeof body?.signature === "string"
            ? { method: "eds" }
            : undefined;
      const registered = await submitApplication(
        deps.engine,
        { kind: "system", name: "gateway" },
        json,
        certification ? { certification } : {},
      );
      await deps.db
        .updateTable("signed_requests")
        .set({ case_id: registered.case.id })
        .where("request_id", "=", message.messageId)
        .execute();
      await markProcessed(deps.db, message.receiver, message.messageId, deps.engine.now());
      return "ok";
    } catch (error) {
      if (!isQyzmetError(error) || error.status >= 500) throw error;
      const signed = await deps.db
        .selectFrom("signed_requests")
        .select("iin")
        .where("request_id", "=", message.messageId)
        .executeTakeFirst();
      if (signed)
        await deps.db
          .insertInto("notifications")
          .values({
            staff_id: null,
            citizen_iin: signed.iin,
            case_id: null,
            kind: "request.not_registered",
            text: JSON.stringify({
              kk: `Өтінішіңізді қызмет беруші тіркемеді: ${error.messages.kk}`,
              ru: `Услугодатель не зарегистрировал вашу заявку: ${error.messages.ru}`,
              en: `The provider did not register your request: ${error.messages.en}`,
            }),
            created_at: deps.engine.now(),
            read_at: null,
          })
          .execute();
      await markProcessed(deps.db, message.receiver, message.messageId, deps.engine.now());
      return { permanent: true, error: `${error.code}: ${error.messages.en}` };
    }
  };
}

/** The workstation of every provider, for the gateway's delivery worker. */
export async function providerWorkstations(deps: {
  db: Kysely<Database>;
  engine: EngineDeps;
}): Promise<Record<string, GatewayReceiver>> {
  const receiver = providerWorkstation(deps);
  const providers = await deps.db.selectFrom("providers").select("id").execute();
  return Object.fromEntries(providers.map((p) => [p.id, receiver]));
}
