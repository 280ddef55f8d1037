/**
 * The case history: every action is an event written in the same transaction
 * as the state it changes, hash-chained per case. An event's hash covers the
 * previous hash and the event's canonical JSON, so changing, removing or
 * reordering any event breaks every later link.
 */
import { createHash } from "node:crypto";
import type { Kysely, Transaction } from "kysely";
import { deferInsert } from "../store/deferred.ts";
import type { Database } from "../store/tables.ts";

export const GENESIS = "0".repeat(64);

export interface NewEvent {
  caseId: string;
  at: Date;
  actorId: string | null;
  actorRole: string;
  action: string;
  payload: Record<string, unknown>;
}

/** JSON with object keys sorted at every level: the same value gives the same bytes. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== "object") return JSON.stringify(value) ?? "null";
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
}

export function eventHash(prevHash: string, event: NewEvent & { seq: number }): string {
  const body = canonicalJson({
    caseId: event.caseId,
    seq: event.seq,
    at: event.at.toISOString(),
    actorId: event.actorId,
    actorRole: event.actorRole,
    action: event.action,
    payload: event.payload,
  });
  return createHash("sha256").update(prevHash).update("\n").update(body).digest("hex");
}

/** The last (seq, hash) of each case's chain written in a transaction: later appends skip the lookup. */
const heads = new WeakMap<object, Map<string, { seq: number; hash: string }>>();

/**
 * Appends an event to the case's chain. Call inside the transaction that
 * changes the case, after locking the case row (`FOR UPDATE`) or creating it:
 * the lock serialises appends, and the unique (case_id, seq) catches any race.
 * `newChain`: the case was created in this transaction, so the chain starts here.
 */
export async function appendEvent(
  trx: Transaction<Database> | Kysely<Database>,
  event: NewEvent,
  options: { newChain?: boolean } = {},
): Promise<{ seq: number; hash: string }> {
  let known = heads.get(trx);
  if (!known) {
    known = new Map();
    heads.set(trx, known);
  }
  let last = known.get(event.caseId);
  if (!last && !options.newChain) {
    last = await trx
      .selectFrom("events")
      .select(["seq", "hash"])
      .where("case_id", "=", event.caseId)
      .orderBy("seq", "desc")
      .limit(1)
      .executeTakeFirst();
  }
  const seq = (last?.seq ?? 0) + 1;
  const prevHash = last?.hash ?? GENESIS;
  const hash = eventHash(prevHash, { ...event, seq });
  const row = {
    case_id: event.caseId,
    seq,
    at: event.at,
    actor_id: event.actorId,
    actor_role: event.actorRole,
    action: event.action,
    payload: JSON.stringify(event.payload),
    prev_hash: prevHash,
    hash,
  };
  if (!deferInsert(trx, "events", row)) await trx.insertInto("events").values(row).execute();
  // Only inside a transaction is the head stable (the case row is locked); a bare handle never caches.
  if (trx.isTransaction) known.set(event.caseId, { seq, hash });
  return { seq, hash };
}

export interface ChainBreak {
  caseId: string;
  seq: number;
  reason: "hash_mismatch" | "prev_hash_mismatch" | "seq_gap";
}

export interface VerifyReport {
  cases: number;
  events: number;
  breaks: ChainBreak[];
}

/** Walks every chain (or one case's) and reports each break. Streams by case. */
export async function verifyChains(db: Kysely<Database>, caseId?: string): Promise<VerifyReport> {
  const report: VerifyReport = { cases: 0, events: 0, breaks: [] };
  let afterCase = "";
  const pageCases = 500;
  for (;;) {
    let q = db.selectFrom("events").select("case_id").distinct().orderBy("case_id").limit(pageCases);
    q = caseId ? q.where("case_id", "=", caseId) : q.where("case_id", ">", afterCase);
    const ids = (await q.execute()).map((r) => r.case_id);
    if (ids.length === 0) break;
    const rows = await db
      .selectFrom("events")
      .selectAll()
      .where("case_id", "in", ids)
      .orderBy("case_id")
      .orderBy("seq")
      .execute();
    let current = "";
    let prev = GENESIS;
    let expectSeq = 1;
    for (const row of rows) {
      if (row.case_id !== current) {
        current = row.case_id;
        prev = GENESIS;
        expectSeq = 1;
        report.cases++;
      }
      report.events++;
      if (row.seq !== expectSeq) report.breaks.push({ caseId: row.case_id, seq: row.seq, reason: "seq_gap" });
      if (row.prev_hash !== prev)
        report.breaks.push({ caseId: row.case_id, seq: row.seq, reason: "prev_hash_mismatch" });
      const at = row.at instanceof Date ? row.at : new Date(row.at);
      const expected = eventHash(prev, {
        caseId: row.case_id,
        seq: row.seq,
        at,
        actorId: row.actor_id,
        actorRole: row.actor_role,
        action: row.action,
        payload: row.payload,
      });
      if (expected !== row.hash)
        report.breaks.push({ caseId: row.case_id, seq: row.seq, reason: "hash_mismatch" });
      prev = row.hash;
      expectSeq = row.seq + 1;
    }
    if (caseId || ids.length < pageCases) break;
    afterCase = ids[ids.length - 1] as string;
  }
  return report;
}
