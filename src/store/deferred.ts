/**
 * Rows of a transaction written at its end as one multi-row INSERT per table:
 * history events, outbox messages, notifications — append-only rows nothing
 * reads back inside the transaction — and, for intake, the new case and its
 * first task (see `flushDeferred` for how a reader gets them written first).
 * The result is the same rows in the same order, in the same transaction,
 * with a fraction of the round trips; several intakes committed together
 * (src/engine/group-commit.ts) share the same statements.
 *
 * Only transactions opened with `transaction()` defer; a capability's append
 * on any other handle inserts at once.
 */
import { CompiledQuery, type Insertable, type Kysely, type Transaction } from "kysely";
import type { Database } from "./tables.ts";

export type Appendable = "cases" | "tasks" | "events" | "outbox" | "notifications";
/** The order the rows reach their tables in (parents first; outbox ids follow it). */
const ORDER: readonly Appendable[] = ["cases", "tasks", "events", "outbox", "notifications"];

const buffers = new WeakMap<object, Map<Appendable, unknown[]>>();

/** Queues the row for the end of the transaction; false when `trx` does not defer (insert it yourself). */
export function deferInsert<T extends Appendable>(
  trx: Kysely<Database> | Transaction<Database>,
  table: T,
  row: Insertable<Database[T]>,
): boolean {
  const buffer = buffers.get(trx);
  if (!buffer) return false;
  const rows = buffer.get(table) ?? [];
  rows.push(row);
  buffer.set(table, rows);
  return true;
}

/**
 * The row queued for `table` whose `id` is `id`, still unwritten, or undefined. The caller may change
 * it in place before it is written (intake's case gets its first task's cursor that way).
 */
export function deferredRow<T extends "cases" | "tasks">(
  trx: Kysely<Database> | Transaction<Database>,
  table: T,
  id: string,
): Insertable<Database[T]> | undefined {
  const rows = buffers.get(trx)?.get(table) as Insertable<Database[T]>[] | undefined;
  return rows?.find((r) => (r as { id?: string }).id === id);
}

/**
 * Writes what is queued for these tables now (before a statement that must see the rows), in one
 * statement: each table's multi-row INSERT is a data-modifying CTE of the next. PostgreSQL runs
 * them all, and checks foreign keys at the end of the statement, so parents and children may go
 * together.
 */
export async function flushDeferred(
  trx: Kysely<Database> | Transaction<Database>,
  tables: readonly Appendable[] = ORDER,
): Promise<void> {
  const buffer = buffers.get(trx);
  if (!buffer) return;
  const inserts: CompiledQuery[] = [];
  for (const table of ORDER) {
    const rows = buffer.get(table);
    if (!tables.includes(table) || !rows || rows.length === 0) continue;
    buffer.delete(table);
    inserts.push(
      trx
        .insertInto(table)
        .values(rows as never)
        .compile(),
    );
  }
  if (inserts.length > 0) await trx.executeQuery(oneStatement(inserts));
}

/** `WITH q0 AS (insert 0), q1 AS (insert 1) … insert n`, the parameters numbered through. */
function oneStatement(inserts: readonly CompiledQuery[]): CompiledQuery {
  if (inserts.length === 1) return inserts[0] as CompiledQuery;
  const parameters: unknown[] = [];
  const parts = inserts.map((q) => {
    const offset = parameters.length;
    parameters.push(...q.parameters);
    // Kysely's INSERT … VALUES holds no literals: every `$n` is a parameter.
    return q.sql.replace(/\$(\d+)/g, (_, n: string) => `$${Number(n) + offset}`);
  });
  const last = parts.pop() as string;
  return CompiledQuery.raw(`WITH ${parts.map((p, i) => `q${i} AS (${p})`).join(", ")} ${last}`, parameters);
}

/** Runs `fn` in a transaction whose queued rows are written, in order, just before it commits. */
export function transaction<R>(
  db: Kysely<Database>,
  fn: (trx: Transaction<Database>) => Promise<R>,
): Promise<R> {
  return db.transaction().execute(async (trx) => {
    buffers.set(trx, new Map());
    const result = await fn(trx);
    await flushDeferred(trx);
    buffers.delete(trx);
    return result;
  });
}
