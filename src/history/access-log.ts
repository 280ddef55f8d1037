/**
 * The access log: who read or tried to act on what, allowed or denied.
 * Reads of a case holding a child's data are always logged (DESIGN principle 5).
 */
import type { Kysely, Transaction } from "kysely";
import type { Database } from "../store/tables.ts";

export interface AccessEntry {
  at: Date;
  staffId?: string | null;
  citizenIin?: string | null;
  caseId?: string | null;
  action: string;
  allowed: boolean;
  detail?: Record<string, unknown>;
}

export async function logAccess(
  db: Kysely<Database> | Transaction<Database>,
  entry: AccessEntry,
): Promise<void> {
  await db
    .insertInto("access_log")
    .values({
      at: entry.at,
      staff_id: entry.staffId ?? null,
      citizen_iin: entry.citizenIin ?? null,
      case_id: entry.caseId ?? null,
      action: entry.action,
      allowed: entry.allowed,
      detail: JSON.stringify(entry.detail ?? {}),
    })
    .execute();
}
