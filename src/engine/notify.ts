/** Notifications to staff and to applicants (the personal cabinet / SMS outbox reads them). */

import { deferInsert } from "../store/deferred.ts";
import type { Text3 } from "../store/tables.ts";
import type { Trx } from "./context.ts";

export interface Notice {
  staffId?: string | null;
  citizenIin?: string | null;
  caseId: string;
  kind: string;
  text: Text3;
  at: Date;
}

export async function notify(trx: Trx, notices: Notice[]): Promise<void> {
  const rows = notices.map((n) => ({
    staff_id: n.staffId ?? null,
    citizen_iin: n.citizenIin ?? null,
    case_id: n.caseId,
    kind: n.kind,
    text: JSON.stringify(n.text),
    created_at: n.at,
    read_at: null,
  }));
  const deferred = rows.filter((row) => deferInsert(trx, "notifications", row));
  if (deferred.length < rows.length) await trx.insertInto("notifications").values(rows).execute();
}
