/**
 * The result of a portal application goes back through the e-government
 * gateway to the portal (the citizen's personal cabinet) as a `response`
 * message correlated with the request, written in the transaction that closes
 * the case — so it is sent if and only if the case ended.
 */
import { sendMessage } from "../gateway/index.ts";
import type { CaseRow } from "../store/tables.ts";
import type { CaseRules, Trx } from "./context.ts";

/** The portal's address on the gateway (src/portal sends requests from it). */
export const PORTAL_RECEIVER = "egov-portal";

export async function respondToPortal(trx: Trx, c: CaseRow, rules: CaseRules, at: Date): Promise<void> {
  if (c.channel !== "portal") return;
  await sendMessage(trx, {
    messageId: `response:${c.id}`,
    correlationId: c.idempotency_key,
    serviceId: rules.service.code,
    messageDate: at.toISOString(),
    sender: c.provider_id,
    receiver: PORTAL_RECEIVER,
    sessionId: `case:${c.id}`,
    type: "response",
    body: {
      caseId: c.id,
      incomingNumber: c.incoming_number,
      status: c.status,
      outcome: (c.outcome ?? null) as never,
      outputs: (c.outputs ?? {}) as never,
    },
  });
}
