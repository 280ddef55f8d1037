/** Each stage of a case goes to the state-services monitoring system through the outbox, in the same transaction. */
import { publishStage } from "../monitoring/outbox.ts";
import type { CaseRow } from "../store/tables.ts";
import type { CaseRules, Trx } from "./context.ts";

export async function publish(
  trx: Trx,
  c: Pick<CaseRow, "id" | "provider_id" | "channel" | "incoming_number">,
  rules: CaseRules,
  stage: string,
  at: Date,
  details: Record<string, unknown> = {},
): Promise<void> {
  await publishStage(trx, {
    caseId: c.id,
    serviceCode: rules.service.code,
    providerId: c.provider_id,
    stage,
    at,
    details: {
      channel: c.channel,
      incomingNumber: c.incoming_number,
      versionId: rules.version.id,
      ...details,
    },
  });
}
