/**
 * Reports of the registries: children in the bank by status and region,
 * candidates by kind and conclusion, placements per month. Counts only: no
 * personal data, so a report is not an access to a child's record.
 */
import type { Kysely } from "kysely";
import type { Database } from "../store/tables.ts";

export interface CountRow {
  key: string[];
  count: number;
}

export async function childrenByStatusAndRegion(db: Kysely<Database>): Promise<CountRow[]> {
  const rows = await db
    .selectFrom("registry_children")
    .select((eb) => ["region_code", "status", eb.fn.countAll<string>().as("n")])
    .groupBy(["region_code", "status"])
    .orderBy("region_code")
    .orderBy("status")
    .execute();
  return rows.map((r) => ({ key: [r.region_code, r.status], count: Number(r.n) }));
}

export async function candidatesByKind(db: Kysely<Database>): Promise<CountRow[]> {
  const rows = await db
    .selectFrom("registry_candidates")
    .select((eb) => ["kind", "conclusion", eb.fn.countAll<string>().as("n")])
    .groupBy(["kind", "conclusion"])
    .orderBy("kind")
    .orderBy("conclusion")
    .execute();
  return rows.map((r) => ({ key: [r.kind, r.conclusion], count: Number(r.n) }));
}

/** Placements confirmed per month (`YYYY-MM` of `placed_on`) and form. */
export async function placementsPerMonth(db: Kysely<Database>): Promise<CountRow[]> {
  const rows = await db
    .selectFrom("registry_placements")
    .select(["placed_on", "form"])
    .where("placed_on", "is not", null)
    .execute();
  const counts = new Map<string, number>();
  for (const r of rows) {
    const k = `${(r.placed_on ?? "").slice(0, 7)}|${r.form}`;
    counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  return [...counts.entries()].sort().map(([k, n]) => ({ key: k.split("|"), count: n }));
}
