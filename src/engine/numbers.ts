/**
 * Gap-free numbers per organisation, year and kind (incoming register,
 * refusal receipts). The counter row is updated in the caller's transaction,
 * so a rolled-back registration gives its number back.
 */
import { sql } from "kysely";
import { formatLocal } from "../calendar/index.ts";
import type { Trx } from "./context.ts";

export function localYear(at: Date): number {
  return Number(formatLocal(at.getTime()).slice(0, 4));
}

export async function nextNumber(trx: Trx, orgId: string, year: number, kind: string): Promise<number> {
  const row = await trx
    .insertInto("number_sequences")
    .values({ provider_id: orgId, year, kind, last: 1 })
    .onConflict((oc) =>
      oc.columns(["provider_id", "year", "kind"]).doUpdateSet({ last: sql`number_sequences.last + 1` }),
    )
    .returning("last")
    .executeTakeFirstOrThrow();
  return row.last;
}

export const formatNumber = (orgId: string, year: number, seq: number, infix = ""): string =>
  `${orgId}-${infix ? `${infix}-` : ""}${year}-${String(seq).padStart(6, "0")}`;
