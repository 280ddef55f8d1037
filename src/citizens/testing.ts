/** Test helpers: persons of the seeded population, IINs not in it. */
import type { Kysely } from "kysely";
import { nextIin } from "../iin/index.ts";
import type { Database } from "../store/tables.ts";

export interface Person {
  iin: string;
  phone: string;
}

/** `count` persons of the state database who have a phone, in IIN order. */
export async function personsWithPhone(db: Kysely<Database>, count: number): Promise<Person[]> {
  const rows = await db
    .selectFrom("citizens")
    .select(["iin", "phone"])
    .where("phone", "is not", null)
    .orderBy("iin")
    .limit(count)
    .execute();
  if (rows.length < count)
    throw new Error(`the seeded population has only ${rows.length} persons with a phone`);
  return rows.map((r) => ({ iin: r.iin, phone: r.phone ?? "" }));
}

/** A valid IIN that the state database does not hold. */
export async function unknownIin(db: Kysely<Database>): Promise<string> {
  for (let serial = 0; serial < 9999; serial++) {
    const { iin, serial: used } = nextIin({ birthDate: "1970-01-01", sex: "m", serial });
    serial = used;
    const row = await db.selectFrom("citizens").select("iin").where("iin", "=", iin).executeTakeFirst();
    if (!row) return iin;
  }
  throw new Error("no free IIN");
}

/** The IIN with its check digit changed: well formed, wrong checksum. */
export function withWrongCheckDigit(iin: string): string {
  const last = Number(iin.slice(11));
  return `${iin.slice(0, 11)}${(last + 1) % 10}`;
}
