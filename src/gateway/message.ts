/**
 * A gateway message, modelled on the e-government gateway's (ШЭП)
 * SyncChannel/AsyncChannel envelope (DESIGN.md "Gateway messages"), and the
 * delivery states the gateway reports for it.
 */
import { z } from "zod";
import { QyzmetError } from "../core/errors.ts";
import { canonicalJson } from "../history/chain.ts";
import type { GatewayDeliveryState, GatewayLogEvent } from "../store/tables.ts";

export type { GatewayDeliveryState, GatewayLogEvent };

/** `ON_DELIVERY` waiting or being sent; `NOT_DELIVERED` a failed attempt, retried; the other two final. */
export const DELIVERY_STATES = [
  "ON_DELIVERY",
  "DELIVERED",
  "NOT_DELIVERED",
  "DELIVERY_STOPPED",
] as const satisfies readonly GatewayDeliveryState[];

export const LOG_EVENTS = [
  "sent",
  "delivered",
  "failed",
  "stopped",
  "received",
] as const satisfies readonly GatewayLogEvent[];

const MAX_ID = 200;
const id = z.string().trim().min(1).max(MAX_ID);

export const gatewayMessageSchema = z.strictObject({
  /** Unique per message; the receiver stores a message once per id. */
  messageId: id,
  /** Ties a response to its request (and both to the case). */
  correlationId: id,
  /** The state service's code. */
  serviceId: id,
  /** ISO 8601 with offset. */
  messageDate: z.iso.datetime({ offset: true }),
  /** Sending system or organisation. */
  sender: id,
  /** Receiving system or organisation: the outbox routes by it. */
  receiver: id,
  /** The session on the sending side (the citizen's portal session, the workstation's). */
  sessionId: id,
  type: z.enum(["request", "response"]),
  body: z.json(),
  /** Detached CMS (DER, base64) over `canonicalBody(message)`. */
  signature: z.base64().min(1).optional(),
});

export type GatewayMessage = z.infer<typeof gatewayMessageSchema>;

export function badGatewayMessage(reason: string, details: Record<string, unknown> = {}): QyzmetError {
  return new QyzmetError(
    "GATEWAY_BAD_MESSAGE",
    {
      kk: `Шлюз хабарламасы қате: ${reason}`,
      ru: `Неверное сообщение шлюза: ${reason}`,
      en: `Bad gateway message: ${reason}`,
    },
    { reason, ...details },
    400,
  );
}

/** Parses and validates a message; throws `GATEWAY_BAD_MESSAGE` (400) naming the first problems. */
export function parseGatewayMessage(value: unknown): GatewayMessage {
  const result = gatewayMessageSchema.safeParse(value);
  if (result.success) return result.data;
  const issues = result.error.issues.slice(0, 5).map((i) => ({ path: i.path.join("."), message: i.message }));
  const reason = issues.map((i) => `${i.path || "(message)"}: ${i.message}`).join("; ");
  throw badGatewayMessage(reason, { issues });
}

/** The bytes a message's signature covers: the canonical JSON (keys sorted) of its body, UTF-8. */
export function canonicalBody(message: Pick<GatewayMessage, "body">): Uint8Array {
  return new TextEncoder().encode(canonicalJson(message.body));
}
