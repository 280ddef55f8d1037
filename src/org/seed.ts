/**
 * Seeds the demo organisation and population. Idempotent: rows already
 * present (by primary key or login) are left as they are, so running it again
 * inserts nothing. One transaction; batch inserts.
 *
 * The demo password is hashed ONCE per run and that hash is given to every
 * demo user (each user's row has the same salt then; acceptable for demo
 * users whose password is public anyway): scrypt costs ~80 ms, and hashing
 * for each of ~2,500 users would take minutes. When every demo user already
 * exists nothing is hashed at all.
 */
import { type Kysely, sql } from "kysely";
import { hashPassword } from "../auth/password.ts";
import type { Database } from "../store/tables.ts";
import { DEMO_PASSWORD, demoOrganisation } from "./demo-org.ts";
import {
  DEFAULT_POPULATION,
  demoCitizens,
  insertCitizens,
  type PopulationOptions,
} from "./demo-population.ts";

export interface SeedCounts {
  regions: number;
  districts: number;
  providers: number;
  staff: number;
  citizens: number;
}

export interface SeedResult {
  /** Rows in the tables after seeding. */
  total: SeedCounts;
  /** Rows this run added. */
  inserted: SeedCounts;
}

export interface SeedOptions {
  /** The synthetic population (default 2,000 citizens); `{ count: 0 }` for none. */
  population?: PopulationOptions;
  /** A ready hash of DEMO_PASSWORD (tests that seed often); otherwise hashed once here. */
  passwordHash?: string;
}

const BATCH = 500;

function batches<T>(rows: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += BATCH) out.push(rows.slice(i, i + BATCH));
  return out;
}

const added = (r: { numInsertedOrUpdatedRows?: bigint } | undefined): number =>
  Number(r?.numInsertedOrUpdatedRows ?? 0n);

export async function seedOrganisation(db: Kysely<Database>, options: SeedOptions = {}): Promise<SeedResult> {
  const org = demoOrganisation();
  const citizens = demoCitizens({ count: DEFAULT_POPULATION, ...options.population });

  const existing = new Set((await db.selectFrom("staff").select("id").execute()).map((r) => r.id));
  const newStaff = org.staff.filter((s) => !existing.has(s.id));
  const passwordHash =
    newStaff.length === 0 ? "" : (options.passwordHash ?? (await hashPassword(DEMO_PASSWORD)));

  const inserted: SeedCounts = { regions: 0, districts: 0, providers: 0, staff: 0, citizens: 0 };
  await db.transaction().execute(async (trx) => {
    for (const rows of batches(org.regions)) {
      const r = await trx
        .insertInto("regions")
        .values(rows.map((x) => ({ code: x.code, kato: x.kato, name: JSON.stringify(x.name) })))
        .onConflict((oc) => oc.doNothing())
        .executeTakeFirst();
      inserted.regions += added(r);
    }
    for (const rows of batches(org.districts)) {
      const r = await trx
        .insertInto("districts")
        .values(
          rows.map((x) => ({
            id: x.id,
            region_code: x.regionCode,
            kato: x.kato,
            name: JSON.stringify(x.name),
          })),
        )
        .onConflict((oc) => oc.doNothing())
        .executeTakeFirst();
      inserted.districts += added(r);
    }
    for (const rows of batches(org.providers)) {
      const r = await trx
        .insertInto("providers")
        .values(
          rows.map((x) => ({
            id: x.id,
            kind: x.kind,
            region_code: x.regionCode,
            district_id: x.districtId,
            bin: x.bin,
            name: JSON.stringify(x.name),
            address: JSON.stringify(x.address),
          })),
        )
        .onConflict((oc) => oc.doNothing())
        .executeTakeFirst();
      inserted.providers += added(r);
    }
    for (const rows of batches(newStaff)) {
      const r = await trx
        .insertInto("staff")
        .values(
          rows.map((x) => ({
            id: x.id,
            login: x.login,
            password_hash: passwordHash,
            full_name: x.fullName,
            iin: x.iin,
            provider_id: x.providerId,
            region_code: x.regionCode,
            roles: JSON.stringify(x.roles),
          })),
        )
        .onConflict((oc) => oc.doNothing())
        .executeTakeFirst();
      inserted.staff += added(r);
    }
    inserted.citizens = await insertCitizens(trx, citizens, BATCH);
  });
  return { total: await countOrganisation(db), inserted };
}

/** Rows in each of the organisation's tables. */
export async function countOrganisation(db: Kysely<Database>): Promise<SeedCounts> {
  const count = sql<number>`count(*)::int`.as("n");
  const [regions, districts, providers, staff, citizens] = await Promise.all([
    db.selectFrom("regions").select(count).executeTakeFirstOrThrow(),
    db.selectFrom("districts").select(count).executeTakeFirstOrThrow(),
    db.selectFrom("providers").select(count).executeTakeFirstOrThrow(),
    db.selectFrom("staff").select(count).executeTakeFirstOrThrow(),
    db.selectFrom("citizens").select(count).executeTakeFirstOrThrow(),
  ]);
  return {
    regions: regions.n,
    districts: districts.n,
    providers: providers.n,
    staff: staff.n,
    citizens: citizens.n,
  };
}
