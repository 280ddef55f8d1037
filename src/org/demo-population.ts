/**
 * A deterministic synthetic population (the bundled "state database of
 * persons" answers from it): households of Kazakh and Russian names with
 * the right forms for each sex, living in the demo districts, adults 18–75
 * and their children 0–17, each with a valid IIN from the birth date and
 * sex, an address (in Kazakh) and, for adults, a mobile number.
 *
 * Everything is synthetic. IIN serials of citizens stay below 5000 and
 * staff serials start at 5000, so the two never collide.
 */
import type { Kysely, Selectable } from "kysely";
import { REGIONS, type RegionCode } from "../catalog/regions.ts";
import type { Sex } from "../iin/iin.ts";
import type { CitizensTable, Database } from "../store/tables.ts";
import { demoOrganisation, IinAllocator, REGION_SEEDS } from "./demo-org.ts";
import type { District } from "./model.ts";
import {
  type Ethnicity,
  type PatronymicStyle,
  patronymicOf,
  randomFatherName,
  randomGivenName,
  randomSurname,
  STREETS,
  surnameForm,
} from "./names.ts";
import { Prng } from "./prng.ts";

export type CitizenRow = Selectable<CitizensTable>;

export interface PopulationOptions {
  /** How many citizens (default 2,000). */
  count?: number;
  /** PRNG seed (default: a fixed one). */
  seed?: number;
  /** The day ages are counted on, YYYY-MM-DD (default 2026-01-01). */
  asOf?: string;
}

export const DEFAULT_POPULATION = 2000;
const DEFAULT_SEED = 7_770_001;
const DEFAULT_AS_OF = "2026-01-01";

/** Mobile operators' prefixes in Kazakhstan (+7 7xx). */
const MOBILE_PREFIXES = ["700", "701", "702", "705", "707", "708", "747", "771", "775", "776", "777", "778"];

const DAY_MS = 86_400_000;

/** A birth date that makes the person exactly `age` years old on `asOf`. */
function birthDateForAge(prng: Prng, asOf: string, age: number): string {
  const [y = 0, m = 1, d = 1] = asOf.split("-").map(Number);
  const latest = Date.UTC(y - age, m - 1, d);
  const earliest = Date.UTC(y - age - 1, m - 1, d) + DAY_MS;
  const day = prng.int(0, Math.round((latest - earliest) / DAY_MS));
  return new Date(earliest + day * DAY_MS).toISOString().slice(0, 10);
}

/** A synthetic mobile number. */
export function phone(prng: Prng): string {
  const n = () => String(prng.int(0, 99)).padStart(2, "0");
  return `+7 ${prng.pick(MOBILE_PREFIXES)} ${String(prng.int(0, 999)).padStart(3, "0")} ${n()} ${n()}`;
}

/** A synthetic home address in the district, in Kazakh. */
export function homeAddress(prng: Prng, regionName: string, district: District, city: boolean): string {
  const street = prng.pick(STREETS).kk;
  const house = prng.int(1, 150);
  const flat = city || prng.chance(0.4) ? `, ${prng.int(1, 240)}-пәтер` : "";
  return `${regionName}, ${district.name.kk}, ${street}, ${house}-үй${flat}`;
}

interface Member {
  sex: Sex;
  age: number;
  givenName: string;
  surname: string;
  patronymic: string | null;
  adult: boolean;
}

/** The citizens, deterministic for given options. */
export function demoCitizens(options: PopulationOptions = {}): CitizenRow[] {
  const count = options.count ?? DEFAULT_POPULATION;
  const asOf = options.asOf ?? DEFAULT_AS_OF;
  const prng = new Prng(options.seed ?? DEFAULT_SEED);
  const iins = new IinAllocator(1);
  const { districts } = demoOrganisation();
  const byRegion = new Map<string, District[]>();
  for (const d of districts) byRegion.set(d.regionCode, [...(byRegion.get(d.regionCode) ?? []), d]);
  const regionWeights = REGIONS.map((r) => [r, REGION_SEEDS[r.code].weight] as const);

  const rows: CitizenRow[] = [];
  while (rows.length < count) {
    const region = prng.weighted(regionWeights);
    const district = prng.pick(byRegion.get(region.code) ?? []);
    const ethnicity: Ethnicity = prng.chance(REGION_SEEDS[region.code as RegionCode].russianShare)
      ? "russian"
      : "kazakh";
    const style: PatronymicStyle = prng.chance(0.5) ? "traditional" : "russian";
    const address = homeAddress(prng, region.name.kk, district, region.kind === "city");
    const family = household(prng, ethnicity, style);
    for (const m of family) {
      if (rows.length >= count) break;
      const birthDate = birthDateForAge(prng, asOf, m.age);
      rows.push({
        iin: iins.take(birthDate, m.sex),
        surname: m.surname,
        given_name: m.givenName,
        patronymic: m.patronymic,
        birth_date: birthDate,
        sex: m.sex,
        region_code: region.code,
        district_id: district.id,
        phone: m.adult && prng.chance(0.95) ? phone(prng) : null,
        address,
      });
    }
  }
  return rows;
}

function household(prng: Prng, ethnicity: Ethnicity, style: PatronymicStyle): Member[] {
  const shape = prng.weighted([
    ["single", 30],
    ["couple", 20],
    ["family", 40],
    ["single-parent", 10],
  ] as const);
  const adult = (sex: Sex, age: number, surnameBase: string): Member => ({
    sex,
    age,
    givenName: randomGivenName(prng, ethnicity, sex),
    surname: surnameForm(surnameBase, sex),
    patronymic: prng.chance(0.03) ? null : patronymicOf(randomFatherName(prng, ethnicity), sex, style),
    adult: true,
  });
  const children = (n: number, maxAge: number, surnameBase: string, fatherName: string): Member[] =>
    Array.from({ length: n }, () => {
      const sex: Sex = prng.chance(0.5) ? "m" : "f";
      return {
        sex,
        age: prng.int(0, Math.max(0, Math.min(17, maxAge))),
        givenName: randomGivenName(prng, ethnicity, sex),
        surname: surnameForm(surnameBase, sex),
        patronymic: patronymicOf(fatherName, sex, style),
        adult: false,
      };
    });
  const base = randomSurname(prng, ethnicity);
  switch (shape) {
    case "single": {
      return [adult(prng.chance(0.5) ? "m" : "f", prng.int(18, 75), base)];
    }
    case "couple": {
      const husband = adult("m", prng.int(22, 75), base);
      const wife = adult("f", Math.min(75, Math.max(18, husband.age - prng.int(-2, 8))), base);
      return [husband, wife];
    }
    case "family": {
      const father = adult("m", prng.int(24, 50), base);
      const mother = adult("f", Math.max(20, father.age - prng.int(-1, 6)), base);
      const kids = children(prng.int(1, 3), mother.age - 19, base, father.givenName);
      return [father, mother, ...kids];
    }
    case "single-parent": {
      const mother = adult("f", prng.int(22, 50), base);
      const kids = children(prng.int(1, 2), mother.age - 19, base, randomFatherName(prng, ethnicity));
      return [mother, ...kids];
    }
  }
}

/** Inserts citizens in batches, skipping IINs already present; returns how many were new. */
export async function insertCitizens(
  db: Kysely<Database>,
  rows: readonly CitizenRow[],
  batchSize = 500,
): Promise<number> {
  let inserted = 0;
  for (let i = 0; i < rows.length; i += batchSize) {
    const result = await db
      .insertInto("citizens")
      .values(rows.slice(i, i + batchSize))
      .onConflict((oc) => oc.column("iin").doNothing())
      .executeTakeFirst();
    inserted += Number(result.numInsertedOrUpdatedRows ?? 0n);
  }
  return inserted;
}
