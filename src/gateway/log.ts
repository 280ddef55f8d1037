/**
 * The gateway's message log: one append-only chain of every delivery event
 * (`sent`, `delivered`, `failed`, `stopped`) and every receipt (`received`).
 * Each row's hash covers the previous row's hash and the row's canonical JSON,
 * so changing, removing or reordering a row breaks the chain from there on;
 * signed checkpoints of the head (CMS by the gateway operator's key) also
 * catch a cut-off tail or a chain rewritten from scratch.
 *
 * Appends are serialised by a transaction-scoped advisory lock, taken only in
 * the gateway's own short transactions (never in a caller's business
 * transaction), so the chain is linear with several processes.
 */
import { createHash } from "node:crypto";
import { type Kysely, sql, type Transaction } from "kysely";
import { canonicalJson } from "../history/chain.ts";
import type { CryptoKey, x509 } from "../pki/engine.ts";
import { signCms, type VerifyOptions, verifyCms } from "../pki/index.ts";
import type { Database, GatewayLogEvent } from "../store/tables.ts";

export const GENESIS = "0".repeat(64);

export interface LogEntry {
  messageId: string;
  event: GatewayLogEvent;
  at: Date;
  /** Receiver, attempt, error…: a JSON object. */
  detail: Record<string, unknown>;
}

export interface LogRow extends LogEntry {
  seq: number;
  prevHash: string;
  hash: string;
}

export function logHash(prevHash: string, entry: LogEntry & { seq: number }): string {
  const body = canonicalJson({
    seq: entry.seq,
    messageId: entry.messageId,
    event: entry.event,
    at: entry.at.toISOString(),
    detail: entry.detail,
  });
  return createHash("sha256").update(prevHash).update("\n").update(body).digest("hex");
}

/**
 * Appends entries, in order, to the log. Call inside a transaction (the lock
 * is released at its end); keep that transaction short.
 */
export async function appendLog(trx: Transaction<Database>, entries: readonly LogEntry[]): Promise<LogRow[]> {
  if (entries.length === 0) return [];
  await sql`SELECT pg_advisory_xact_lock(hashtext(current_schema() || '.gateway_log'))`.execute(trx);
  const head = await trx
    .selectFrom("gateway_log")
    .select("hash")
    .orderBy("seq", "desc")
    .limit(1)
    .executeTakeFirst();
  let prevHash = head?.hash ?? GENESIS;
  const rows: LogRow[] = [];
  for (const entry of entries) {
    // The sequence is drawn under the lock, so seq order is chain order.
    const next = await sql<{
      seq: string;
    }>`SELECT nextval(pg_get_serial_sequence('gateway_log', 'seq')) AS seq`.execute(trx);
    const seqText = next.rows[0]?.seq;
    if (seqText === undefined) throw new Error("gateway_log: no sequence value");
    const seq = Number(seqText);
    const hash = logHash(prevHash, { ...entry, seq });
    rows.push({ ...entry, seq, prevHash, hash });
    prevHash = hash;
  }
  await trx
    .insertInto("gateway_log")
    .values(
      rows.map((r) => ({
        seq: String(r.seq),
        message_id: r.messageId,
        event: r.event,
        at: r.at,
        detail: JSON.stringify(r.detail),
        prev_hash: r.prevHash,
        hash: r.hash,
      })),
    )
    .execute();
  return rows;
}

export interface LogBreak {
  seq: number;
  /** `link`: prev_hash is not the previous row's hash; `hash`: the row's content does not give its hash; `checkpoint`: a checkpoint's row is missing or differs. */
  reason: "link" | "hash" | "checkpoint";
}

export interface LogVerification {
  ok: boolean;
  entries: number;
  head: { seq: number; hash: string } | null;
  /** Every break found, in seq order (a changed row breaks its own hash; a removed one the next link). */
  breaks: LogBreak[];
}

const PAGE = 1_000;

/** Walks the whole log and the checkpoints' anchors; `ok` when no link, hash or checkpoint is broken. */
export async function verifyGatewayLog(db: Kysely<Database>): Promise<LogVerification> {
  const breaks: LogBreak[] = [];
  const hashes = new Map<number, string>();
  let prevHash = GENESIS;
  let last = "0";
  let entries = 0;
  let head: LogVerification["head"] = null;
  for (;;) {
    const page = await db
      .selectFrom("gateway_log")
      .selectAll()
      .where("seq", ">", last)
      .orderBy("seq")
      .limit(PAGE)
      .execute();
    for (const row of page) {
      const seq = Number(row.seq);
      if (row.prev_hash !== prevHash) breaks.push({ seq, reason: "link" });
      const expected = logHash(row.prev_hash, {
        seq,
        messageId: row.message_id,
        event: row.event,
        at: row.at,
        detail: row.detail,
      });
      if (expected !== row.hash) breaks.push({ seq, reason: "hash" });
      prevHash = row.hash;
      hashes.set(seq, row.hash);
      head = { seq, hash: row.hash };
      entries++;
    }
    if (page.length < PAGE) break;
    last = String(page[page.length - 1]?.seq);
  }
  const checkpoints = await db
    .selectFrom("gateway_log_checkpoints")
    .select(["seq", "hash"])
    .orderBy("seq")
    .execute();
  for (const c of checkpoints) {
    const seq = Number(c.seq);
    if (hashes.get(seq) !== c.hash) breaks.push({ seq, reason: "checkpoint" });
  }
  breaks.sort((a, b) => a.seq - b.seq);
  return { ok: breaks.length === 0, entries, head, breaks };
}

/** The gateway operator's signing key: an organisation's signing certificate and its chain. */
export interface LogSigner {
  privateKey: CryptoKey;
  certificate: x509.X509Certificate;
  chain?: readonly x509.X509Certificate[];
}

export interface Checkpoint {
  seq: number;
  hash: string;
  signedAt: Date;
  /** Detached CMS (DER), base64, over `checkpointBytes`. */
  signature: string;
}

/** The bytes a checkpoint's signature covers. */
export function checkpointBytes(c: { seq: number; hash: string; signedAt: Date }): Uint8Array {
  return new TextEncoder().encode(
    canonicalJson({ log: "gateway_log", seq: c.seq, hash: c.hash, signedAt: c.signedAt.toISOString() }),
  );
}

/**
 * Signs the log's current head and stores the checkpoint (run it periodically,
 * e.g. with each delivery run). Returns null when the log is empty, the
 * existing checkpoint when the head is already signed.
 */
export async function signLogHead(
  db: Kysely<Database>,
  signer: LogSigner,
  at: Date,
): Promise<Checkpoint | null> {
  const head = await db
    .selectFrom("gateway_log")
    .select(["seq", "hash"])
    .orderBy("seq", "desc")
    .limit(1)
    .executeTakeFirst();
  if (!head) return null;
  const seq = Number(head.seq);
  const existing = await db
    .selectFrom("gateway_log_checkpoints")
    .selectAll()
    .where("seq", "=", head.seq)
    .executeTakeFirst();
  if (existing)
    return { seq, hash: existing.hash, signedAt: existing.signed_at, signature: existing.signature };
  const checkpoint = { seq, hash: head.hash, signedAt: at };
  const der = await signCms(checkpointBytes(checkpoint), signer.privateKey, signer.certificate, {
    signingTime: at,
    ...(signer.chain ? { chain: signer.chain } : {}),
  });
  const signature = Buffer.from(der).toString("base64");
  await db
    .insertInto("gateway_log_checkpoints")
    .values({ seq: head.seq, hash: head.hash, signed_at: at, signature })
    .onConflict((oc) => oc.column("seq").doNothing())
    .execute();
  return { ...checkpoint, signature };
}

export interface CheckpointVerification {
  ok: boolean;
  checked: number;
  /** Checkpoints whose signature fails (`code` the EDS_* error) or whose log row differs (`checkpoint`). */
  failures: { seq: number; code: string }[];
}

/** Verifies every checkpoint's CMS (chain, validity, revocation per `options`) and its anchor in the log. */
export async function verifyLogCheckpoints(
  db: Kysely<Database>,
  options: VerifyOptions,
): Promise<CheckpointVerification> {
  const rows = await db.selectFrom("gateway_log_checkpoints").selectAll().orderBy("seq").execute();
  const failures: CheckpointVerification["failures"] = [];
  for (const row of rows) {
    const seq = Number(row.seq);
    try {
      await verifyCms(
        new Uint8Array(Buffer.from(row.signature, "base64")),
        checkpointBytes({ seq, hash: row.hash, signedAt: row.signed_at }),
        options,
      );
    } catch (error) {
      const code = (error as { code?: unknown }).code;
      failures.push({ seq, code: typeof code === "string" ? code : "EDS_INVALID" });
      continue;
    }
    const anchor = await db
      .selectFrom("gateway_log")
      .select("hash")
      .where("seq", "=", row.seq)
      .executeTakeFirst();
    if (anchor?.hash !== row.hash) failures.push({ seq, code: "checkpoint" });
  }
  return { ok: failures.length === 0, checked: rows.length, failures };
}
