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
  const [n] = await allocateNumbers(trx, [{ orgId, year, kind }]);
  return n as number;
}

export interface NumberClaim {
  orgId: string;
  year: number;
  kind: string;
}

/**
 * One number per claim, in one statement however many counters it touches: each counter moves by
 * the number of its claims, and its claims get the numbers it moved over, in the order given.
 * Counters are locked in key order, so two transactions claiming the same counters cannot deadlock.
 */
export async function allocateNumbers(trx: Trx, claims: readonly NumberClaim[]): Promise<number[]> {
  if (claims.length === 0) return [];
  const keyOf = (c: NumberClaim) => `${c.orgId}\u0000${c.year}\u0000${c.kind}`;
  const counts = new Map<string, { claim: NumberClaim; count: number }>();
  for (const c of claims) {
    const entry = counts.get(keyOf(c));
    if (entry) entry.count++;
    else counts.set(keyOf(c), { claim: c, count: 1 });
  }
  const keys = [...counts.keys()].sort();
  const rows = await trx
    .insertInto("number_sequences")
    .values(
      keys.map((k) => {
        const { claim, count } = counts.get(k) as { claim: NumberClaim; count: number };
        return { provider_id: claim.orgId, year: claim.year, kind: claim.kind, last: count };
      }),
    )
    .onConflict((oc) =>
      oc
        .columns(["provider_id", "year", "kind"])
        .doUpdateSet({ last: sql`number_sequences.last + excluded.last` }),
    )
    .returning(["provider_id", "year", "kind", "last"])
    .execute();
  const next = new Map<string, number>();
  for (const r of rows) {
    const k = keyOf({ orgId: r.provider_id, year: r.year, kind: r.kind });
    next.set(k, r.last - (counts.get(k) as { count: number }).count + 1);
  }
  return claims.map((c) => {
    const k = keyOf(c);
    const n = next.get(k) as number;
    next.set(k, n + 1);
    return n;
  });
}

export const formatNumber = (orgId: string, year: number, seq: number, infix = ""): string =>
  `${orgId}-${infix ? `${infix}-` : ""}${year}-${String(seq).padStart(6, "0")}`;
