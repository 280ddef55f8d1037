/**
 * Reading complaints: lists for a provider or a region, and those overdue —
 * not forwarded within 3 working days, or not decided within the review term.
 */
import type { ExpressionBuilder, Kysely } from "kysely";
import type { ComplaintRow, Database } from "../store/tables.ts";
import type { ComplaintStatus } from "./complaints.ts";

export interface ComplaintFilter {
  providerId?: string;
  /** The region of the complaint's provider. */
  regionCode?: string;
  status?: ComplaintStatus | readonly ComplaintStatus[];
  /** Only complaints overdue at this instant (see `overdueComplaints`). */
  overdueAt?: Date;
  /** At most this many (default: all). */
  limit?: number;
}

/** Which duty was missed, and when it fell due. */
export type OverdueComplaint = ComplaintRow & { overdue: "forward" | "review"; dueAt: Date };

type Eb = ExpressionBuilder<Database, "complaints">;

/** Not forwarded in time: addressed to the review body, still with the provider after `forward_due`. */
function forwardOverdue(eb: Eb, at: Date) {
  return eb.and([
    eb("complaints.status", "=", "registered"),
    eb("complaints.reviewer", "=", "review_body"),
    eb("complaints.forward_due", "<", at),
  ]);
}

/** Not decided in time. */
function reviewOverdue(eb: Eb, at: Date) {
  return eb.and([
    eb("complaints.status", "in", ["registered", "forwarded"]),
    eb("complaints.review_due", "<", at),
  ]);
}

/** Which duty a complaint has missed at `at` (the same rules as `forwardOverdue` / `reviewOverdue`), if any. */
export function missedDuty(
  row: Pick<ComplaintRow, "status" | "reviewer" | "forward_due" | "review_due">,
  at: Date,
): "forward" | "review" | null {
  const t = at.getTime();
  if (row.status === "registered" && row.reviewer === "review_body" && row.forward_due.getTime() < t)
    return "forward";
  if ((row.status === "registered" || row.status === "forwarded") && row.review_due.getTime() < t)
    return "review";
  return null;
}

function select(db: Kysely<Database>, filter: ComplaintFilter) {
  let q = db.selectFrom("complaints").selectAll("complaints");
  if (filter.providerId !== undefined) q = q.where("complaints.provider_id", "=", filter.providerId);
  if (filter.regionCode !== undefined) {
    const region = filter.regionCode;
    q = q.where((eb) =>
      eb.exists(
        eb
          .selectFrom("providers")
          .select("providers.id")
          .whereRef("providers.id", "=", "complaints.provider_id")
          .where("providers.region_code", "=", region),
      ),
    );
  }
  if (filter.status !== undefined) {
    const statuses: readonly ComplaintStatus[] =
      typeof filter.status === "string" ? [filter.status] : filter.status;
    if (statuses.length === 0) q = q.where((eb) => eb.val(false));
    else q = q.where("complaints.status", "in", statuses);
  }
  const at = filter.overdueAt;
  if (at !== undefined) q = q.where((eb) => eb.or([forwardOverdue(eb, at), reviewOverdue(eb, at)]));
  return q;
}

/** Complaints matching the filter, oldest registration first. */
export async function listComplaints(
  db: Kysely<Database>,
  filter: ComplaintFilter = {},
): Promise<ComplaintRow[]> {
  let q = select(db, filter).orderBy("complaints.registered_at").orderBy("complaints.number");
  if (filter.limit !== undefined) q = q.limit(filter.limit);
  return q.execute();
}

/**
 * Complaints overdue at `now`: still with the provider past the forwarding
 * term (`overdue: "forward"`), or undecided past the review term
 * (`overdue: "review"`); the longest overdue first.
 */
export async function overdueComplaints(
  db: Kysely<Database>,
  now: Date,
  filter: Omit<ComplaintFilter, "overdueAt"> = {},
): Promise<OverdueComplaint[]> {
  const rows = await select(db, { ...filter, overdueAt: now }).execute();
  return rows
    .map(
      (row): OverdueComplaint =>
        missedDuty(row, now) === "forward"
          ? { ...row, overdue: "forward", dueAt: row.forward_due }
          : { ...row, overdue: "review", dueAt: row.review_due },
    )
    .sort((a, b) => a.dueAt.getTime() - b.dueAt.getTime() || a.number.localeCompare(b.number))
    .slice(0, filter.limit);
}
