/**
 * `SELECT … WHERE id = $1 FOR UPDATE`: one row of a table keyed by `id`,
 * locked until the transaction ends, or undefined. Shared by the capabilities
 * that change a row after checking its state (registries, payments).
 */
import type { Selectable, Transaction } from "kysely";
import type { Database } from "./tables.ts";

/** The tables whose primary key is a text `id`. */
type KeyedById = {
  [T in keyof Database]: Database[T] extends { id: string } ? T : never;
}[keyof Database];

export async function lockById<T extends KeyedById>(
  trx: Transaction<Database>,
  table: T,
  id: string,
): Promise<Selectable<Database[T]> | undefined> {
  // Kysely cannot narrow a generic table's columns; the id column exists on every KeyedById table.
  const q = trx.selectFrom(table as KeyedById).selectAll() as unknown as {
    where(c: "id", op: "=", v: string): { forUpdate(): { executeTakeFirst(): Promise<unknown> } };
  };
  return (await q.where("id", "=", id).forUpdate().executeTakeFirst()) as Selectable<Database[T]> | undefined;
}
