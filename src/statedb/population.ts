/**
 * A synthetic population for the bundled state databases, deterministic for a
 * seed: households of Kazakh and Russian names in the demo districts, with
 * the civil-status records that make them consistent —
 *
 *   - couples with a marriage record registered when both were adults;
 *   - children with a birth record naming the mother and (in a marriage) the
 *     father, born when both parents were adults; wives who took the
 *     husband's surname have its feminine form, children the form of their sex;
 *   - widowed persons whose spouse has a death record after the marriage;
 *   - minors under guardianship: their parents died (death records after the
 *     child's birth), a guardian was appointed by order of the district's
 *     education department while the ward was a minor; the guardianship ends
 *     on the ward's 18th birthday (or earlier, for a few);
 *   - notarised powers of attorney between living adults (some revoked, some
 *     expired; some limited to named services), a few criminal records and
 *     dispensary registrations;
 *   - the "Oralman" base: living Kazakh adults registered as кандас by their
 *     region's department (a few by another region's, as after a move);
 *   - НОБД: the children of preschool and school age in kindergartens and the
 *     schools of their district (the class from the age), young adults at
 *     colleges and universities.
 *
 * The Oralman and НОБД rows come from a second generator seeded from the seed,
 * run after the rest, so adding them left every earlier row of a seed as it was.
 *
 * Everything is synthetic. Every IIN is valid for the person's birth date and
 * sex; serials start at 1000 so they never collide with the demo citizens
 * (serials from 1) or staff (serials from 5000).
 */

import type { Insertable, Kysely } from "kysely";
import { sql } from "kysely";
import { REGIONS, type RegionCode } from "../catalog/regions.ts";
import type { Sex } from "../iin/iin.ts";
import { demoOrganisation, IinAllocator, REGION_SEEDS } from "../org/demo-org.ts";
import { homeAddress, phone } from "../org/demo-population.ts";
import type { District } from "../org/model.ts";
import {
  type Ethnicity,
  fullName,
  type PatronymicStyle,
  patronymicOf,
  randomFatherName,
  randomGivenName,
  randomName,
  randomSurname,
  surnameForm,
} from "../org/names.ts";
import { Prng } from "../org/prng.ts";
import type {
  CitizensTable,
  CivilRecordsTable,
  CriminalRecordsTable,
  Database,
  DispensaryRegistrationsTable,
  EducationRecordsTable,
  GuardianshipRecordsTable,
  OralmanRecordsTable,
  PowersOfAttorneyTable,
} from "../store/tables.ts";

export interface GenerateOptions {
  /** How many persons (living and deceased) in ГБД ФЛ. */
  size: number;
  seed?: number;
  /** The day the population is as of, YYYY-MM-DD (default 2026-01-01). */
  asOf?: string;
}

export interface PopulationRows {
  citizens: Insertable<CitizensTable>[];
  civilRecords: Insertable<CivilRecordsTable>[];
  guardianships: Insertable<GuardianshipRecordsTable>[];
  powersOfAttorney: Insertable<PowersOfAttorneyTable>[];
  criminalRecords: Insertable<CriminalRecordsTable>[];
  dispensary: Insertable<DispensaryRegistrationsTable>[];
  oralman: Insertable<OralmanRecordsTable>[];
  education: Insertable<EducationRecordsTable>[];
}

export interface PopulationCounts {
  citizens: number;
  births: number;
  marriages: number;
  deaths: number;
  guardianships: number;
  powersOfAttorney: number;
  criminalRecords: number;
  dispensaryRegistrations: number;
  oralman: number;
  educationRecords: number;
}

export const DEFAULT_SEED = 1;
export const DEFAULT_AS_OF = "2026-01-01";
/** Serials of generated IINs: at and above this, below staff's 5000. */
export const FIRST_SERIAL = 1000;

const DAY_MS = 86_400_000;
const _MOBILE_PREFIXES = ["700", "701", "702", "705", "707", "708", "747", "771", "775", "776", "777", "778"];
/** Articles of the Criminal Code of the Republic of Kazakhstan (2014). */
const ARTICLES = ["188 ч.1", "188 ч.2", "190 ч.1", "293 ч.1", "296 ч.1", "345 ч.1", "106 ч.1", "200 ч.1"];

// ------------------------------------------------------------------ days

const dayOf = (iso: string): number => Date.parse(`${iso}T00:00:00Z`) / DAY_MS;
const isoOf = (day: number): string => new Date(day * DAY_MS).toISOString().slice(0, 10);

/** The same day `years` later (29 February → 1 March). */
export function addYears(iso: string, years: number): string {
  const [y = 0, m = 1, d = 1] = iso.split("-").map(Number);
  return new Date(Date.UTC(y + years, m - 1, d)).toISOString().slice(0, 10);
}

/** Full years of age on `on` of a person born on `birth`. */
export function ageOn(birth: string, on: string): number {
  const years = Number(on.slice(0, 4)) - Number(birth.slice(0, 4));
  return on.slice(5) >= birth.slice(5) ? years : years - 1;
}

/** A random day in [from, to] (ISO dates); `to` when the range is empty. */
function dayBetween(prng: Prng, from: string, to: string): string {
  const a = dayOf(from);
  const b = dayOf(to);
  return b <= a ? to : isoOf(prng.int(a, b));
}

/** A birth date that makes the person `age` on `asOf`. */
function birthForAge(prng: Prng, asOf: string, age: number): string {
  return dayBetween(prng, isoOf(dayOf(addYears(asOf, -age - 1)) + 1), addYears(asOf, -age));
}

// ------------------------------------------------------------------ the generator

interface Household {
  regionCode: string;
  district: District;
  address: string;
  ethnicity: Ethnicity;
  style: PatronymicStyle;
}

export function populationRows(options: GenerateOptions): PopulationRows {
  const size = options.size;
  const asOf = options.asOf ?? DEFAULT_AS_OF;
  const prng = new Prng(options.seed ?? DEFAULT_SEED);
  const iins = new IinAllocator(FIRST_SERIAL);
  const org = demoOrganisation();
  const byRegion = new Map<string, District[]>();
  for (const d of org.districts) byRegion.set(d.regionCode, [...(byRegion.get(d.regionCode) ?? []), d]);
  const guardianshipAuthority = new Map<string, string>();
  for (const p of org.providers)
    if (p.kind === "district_education_department" && p.districtId)
      guardianshipAuthority.set(p.districtId, p.id);
  const regionWeights = REGIONS.map((r) => [r, REGION_SEEDS[r.code].weight] as const);

  const rows: PopulationRows = {
    citizens: [],
    civilRecords: [],
    guardianships: [],
    powersOfAttorney: [],
    criminalRecords: [],
    dispensary: [],
    oralman: [],
    education: [],
  };
  const ethnicityOf = new Map<string, Ethnicity>();
  const deceased = new Set<string>();
  const guardians = new Set<string>();
  const seq = { civil: 0, birth: 0, marriage: 0, death: 0, guardianship: 0 };

  const person = (
    h: Household,
    sex: Sex,
    birthDate: string,
    given: string,
    surname: string,
    patronymic: string | null,
    alive = true,
  ): string => {
    const iin = iins.take(birthDate, sex);
    ethnicityOf.set(iin, h.ethnicity);
    const adult = ageOn(birthDate, asOf) >= 18;
    rows.citizens.push({
      iin,
      surname,
      given_name: given,
      patronymic,
      birth_date: birthDate,
      sex,
      region_code: h.regionCode,
      district_id: h.district.id,
      phone: alive && adult && prng.chance(0.95) ? phone(prng) : null,
      address: h.address,
    });
    return iin;
  };
  const adultPatronymic = (h: Household, sex: Sex): string | null =>
    prng.chance(0.03) ? null : patronymicOf(randomFatherName(prng, h.ethnicity), sex, h.style);
  const civil = (
    h: Household,
    kind: "birth" | "marriage" | "death",
    personIin: string,
    registeredOn: string,
    otherIin: string | null = null,
    fatherIin: string | null = null,
  ): void => {
    seq.civil++;
    seq[kind]++;
    const letter = kind === "birth" ? "Т" : kind === "marriage" ? "Н" : "С";
    rows.civilRecords.push({
      id: `civ-${String(seq.civil).padStart(8, "0")}`,
      kind,
      person_iin: personIin,
      other_iin: otherIin,
      father_iin: fatherIin,
      registered_on: registeredOn,
      record_number: `${letter}-${registeredOn.slice(0, 4)}-${String(seq[kind]).padStart(7, "0")}`,
      region_code: h.regionCode,
    });
  };
  const death = (h: Household, iin: string, on: string): void => {
    deceased.add(iin);
    civil(h, "death", iin, on);
  };

  /** A married couple: husband and wife born so that both were adults on the marriage day. */
  const couple = (h: Household, wifeBirth: string, husbandBirth: string, surnameBase: string) => {
    const wifeSurname = prng.chance(0.75) ? surnameBase : randomSurname(prng, h.ethnicity);
    return {
      husband: { birth: husbandBirth, given: randomGivenName(prng, h.ethnicity, "m"), surnameBase },
      wife: { birth: wifeBirth, given: randomGivenName(prng, h.ethnicity, "f"), surnameBase: wifeSurname },
    };
  };
  /** The day a couple could marry: both adults, on or before `latest`. */
  const marriageDay = (a: string, b: string, latest: string): string => {
    const earliest = addYears(a > b ? a : b, 18);
    return dayBetween(prng, earliest, isoOf(Math.min(dayOf(latest), dayOf(addYears(earliest, 12)))));
  };
  /** Children's birth dates: mother 19–45 at each birth, each child a minor on asOf. */
  const childBirths = (motherBirth: string, n: number): string[] => {
    const from = [addYears(motherBirth, 19), isoOf(dayOf(addYears(asOf, -18)) + 1)].sort()[1] ?? asOf;
    const to = [addYears(motherBirth, 45), asOf].sort()[0] ?? asOf;
    if (from > to) return [];
    return Array.from({ length: n }, () => dayBetween(prng, from, to)).sort();
  };
  const children = (
    h: Household,
    births: string[],
    surnameBase: string,
    fatherGiven: string,
    motherIin: string,
    fatherIin: string | null,
  ): string[] =>
    births.map((birth) => {
      const sex: Sex = prng.chance(0.5) ? "m" : "f";
      const iin = person(
        h,
        sex,
        birth,
        randomGivenName(prng, h.ethnicity, sex),
        surnameForm(surnameBase, sex),
        patronymicOf(fatherGiven, sex, h.style),
      );
      civil(
        h,
        "birth",
        iin,
        dayBetween(prng, birth, [isoOf(dayOf(birth) + 30), asOf].sort()[0] ?? asOf),
        motherIin,
        fatherIin,
      );
      return iin;
    });

  /** Marries a couple in the records, returning both IINs. */
  const married = (
    h: Household,
    wifeBirth: string,
    husbandBirth: string,
    latest: string,
    alive: { husband: boolean; wife: boolean } = { husband: true, wife: true },
  ) => {
    const base = randomSurname(prng, h.ethnicity);
    const c = couple(h, wifeBirth, husbandBirth, base);
    const husbandIin = person(
      h,
      "m",
      c.husband.birth,
      c.husband.given,
      surnameForm(base, "m"),
      adultPatronymic(h, "m"),
      alive.husband,
    );
    const wifeIin = person(
      h,
      "f",
      c.wife.birth,
      c.wife.given,
      surnameForm(c.wife.surnameBase, "f"),
      adultPatronymic(h, "f"),
      alive.wife,
    );
    const on = marriageDay(wifeBirth, husbandBirth, latest);
    civil(h, "marriage", husbandIin, on, wifeIin);
    return { husbandIin, wifeIin, husbandGiven: c.husband.given, surnameBase: base, marriedOn: on };
  };

  const newHousehold = (): Household => {
    const region = prng.weighted(regionWeights);
    const district = prng.pick(byRegion.get(region.code) ?? []);
    const ethnicity: Ethnicity = prng.chance(REGION_SEEDS[region.code as RegionCode].russianShare)
      ? "russian"
      : "kazakh";
    return {
      regionCode: region.code,
      district,
      address: homeAddress(prng, region.name.kk, district, region.kind === "city"),
      ethnicity,
      style: prng.chance(0.5) ? "traditional" : "russian",
    };
  };
  const single = (h: Household): void => {
    const sex: Sex = prng.chance(0.5) ? "m" : "f";
    const age = prng.int(18, 85);
    const alive = !prng.chance(0.02);
    const birth = birthForAge(prng, asOf, age);
    const iin = person(
      h,
      sex,
      birth,
      randomGivenName(prng, h.ethnicity, sex),
      surnameForm(randomSurname(prng, h.ethnicity), sex),
      adultPatronymic(h, sex),
      alive,
    );
    if (!alive) death(h, iin, dayBetween(prng, addYears(birth, 18), asOf));
  };

  while (rows.citizens.length < size) {
    const h = newHousehold();
    const left = size - rows.citizens.length;
    const shape =
      left < 6
        ? "single"
        : prng.weighted([
            ["single", 25],
            ["couple", 18],
            ["family", 35],
            ["single-mother", 8],
            ["widowed", 6],
            ["guardianship", 8],
          ] as const);
    switch (shape) {
      case "single":
        single(h);
        break;
      case "couple": {
        const husbandAge = prng.int(22, 80);
        const wifeAge = Math.max(18, husbandAge - prng.int(-2, 8));
        married(h, birthForAge(prng, asOf, wifeAge), birthForAge(prng, asOf, husbandAge), asOf);
        break;
      }
      case "family": {
        const motherAge = prng.int(20, 55);
        const motherBirth = birthForAge(prng, asOf, motherAge);
        const fatherBirth = birthForAge(prng, asOf, motherAge + prng.int(0, 6));
        const births = childBirths(motherBirth, prng.int(1, 3));
        const m = married(h, motherBirth, fatherBirth, births[0] ?? asOf);
        children(h, births, m.surnameBase, m.husbandGiven, m.wifeIin, m.husbandIin);
        break;
      }
      case "single-mother": {
        const motherBirth = birthForAge(prng, asOf, prng.int(20, 50));
        const base = randomSurname(prng, h.ethnicity);
        const mother = person(
          h,
          "f",
          motherBirth,
          randomGivenName(prng, h.ethnicity, "f"),
          surnameForm(base, "f"),
          adultPatronymic(h, "f"),
        );
        children(
          h,
          childBirths(motherBirth, prng.int(1, 2)),
          base,
          randomFatherName(prng, h.ethnicity),
          mother,
          null,
        );
        break;
      }
      case "widowed": {
        const age = prng.int(45, 85);
        const widow = prng.chance(0.7);
        const survivorBirth = birthForAge(prng, asOf, age);
        const spouseBirth = birthForAge(prng, asOf, Math.max(age + (widow ? 1 : -1) * prng.int(0, 6), 30));
        const m = widow
          ? married(h, survivorBirth, spouseBirth, addYears(asOf, -2), { husband: false, wife: true })
          : married(h, spouseBirth, survivorBirth, addYears(asOf, -2), { husband: true, wife: false });
        death(h, widow ? m.husbandIin : m.wifeIin, dayBetween(prng, isoOf(dayOf(m.marriedOn) + 365), asOf));
        break;
      }
      case "guardianship": {
        // The ward's parents (deceased), the wards, the guardian (and the guardian's spouse).
        const motherAge = prng.int(24, 45);
        const motherBirth = birthForAge(prng, asOf, motherAge);
        const fatherBirth = birthForAge(prng, asOf, motherAge + prng.int(0, 5));
        const births = childBirths(motherBirth, prng.int(1, 2));
        if (births.length === 0) {
          single(h);
          break;
        }
        const parents = married(h, motherBirth, fatherBirth, births[0] ?? asOf, {
          husband: false,
          wife: false,
        });
        const wards = children(
          h,
          births,
          parents.surnameBase,
          parents.husbandGiven,
          parents.wifeIin,
          parents.husbandIin,
        );
        const lastBirth = births[births.length - 1] ?? asOf;
        // Both parents died after the last child's birth, while the eldest was still a minor.
        const eldest = births[0] ?? asOf;
        const beforeMajority = [isoOf(dayOf(addYears(eldest, 18)) - 120), asOf].sort()[0] ?? asOf;
        const deadlineOfMinority = beforeMajority < lastBirth ? lastBirth : beforeMajority;
        const fatherDied = dayBetween(prng, lastBirth, deadlineOfMinority);
        const motherDied = dayBetween(prng, lastBirth, deadlineOfMinority);
        death(h, parents.husbandIin, fatherDied);
        death(h, parents.wifeIin, motherDied);
        const orphaned = fatherDied > motherDied ? fatherDied : motherDied;
        const orderDate = [isoOf(dayOf(orphaned) + prng.int(7, 90)), asOf].sort()[0] ?? asOf;
        const guardianSex: Sex = prng.chance(0.7) ? "f" : "m";
        const guardianBirth = birthForAge(prng, asOf, prng.int(36, 70));
        const guardian = person(
          h,
          guardianSex,
          guardianBirth,
          randomGivenName(prng, h.ethnicity, guardianSex),
          surnameForm(prng.chance(0.5) ? parents.surnameBase : randomSurname(prng, h.ethnicity), guardianSex),
          adultPatronymic(h, guardianSex),
        );
        guardians.add(guardian);
        seq.guardianship++;
        const orderNumber = `${guardianshipAuthority.get(h.district.id) ?? "GO"}-${orderDate.slice(0, 4)}-${String(seq.guardianship).padStart(5, "0")}`;
        wards.forEach((ward, i) => {
          const birth = births[i] ?? asOf;
          if (ageOn(birth, orderDate) >= 18) return; // already of age: no guardian
          const majority = addYears(birth, 18);
          const endedEarly = prng.chance(0.08) ? dayBetween(prng, orderDate, asOf) : null;
          const ended =
            majority <= asOf ? majority : endedEarly && endedEarly > orderDate ? endedEarly : null;
          rows.guardianships.push({
            id: `grd-${String(seq.guardianship).padStart(6, "0")}-${i + 1}`,
            ward_iin: ward,
            guardian_iin: guardian,
            order_number: orderNumber,
            order_date: orderDate,
            provider_id: guardianshipAuthority.get(h.district.id) ?? null,
            ended_on: ended,
          });
        });
        break;
      }
    }
  }

  // Powers of attorney, criminal records, dispensary registrations among living adults.
  const livingAdults = rows.citizens.filter((c) => !deceased.has(c.iin) && ageOn(c.birth_date, asOf) >= 18);
  if (livingAdults.length >= 2) {
    const poaCount = Math.round(livingAdults.length * 0.02);
    for (let i = 1; i <= poaCount; i++) {
      const principal = prng.pick(livingAdults);
      let agent = prng.pick(livingAdults);
      while (agent.iin === principal.iin) agent = prng.pick(livingAdults);
      const issuedOn = dayBetween(prng, addYears(asOf, -3), asOf);
      const notary = fullName(
        randomName(prng, prng.chance(0.7) ? "kazakh" : "russian", prng.chance(0.5) ? "m" : "f", 0),
      );
      rows.powersOfAttorney.push({
        number: `${issuedOn.slice(0, 4)}-${String(i).padStart(7, "0")}`,
        principal_iin: principal.iin,
        agent_iin: agent.iin,
        notary,
        issued_on: issuedOn,
        valid_until: isoOf(dayOf(addYears(issuedOn, prng.int(1, 3))) - 1),
        revoked: prng.chance(0.1),
        services: poaScope(i),
      });
    }
  }
  const clean = livingAdults.filter((c) => !guardians.has(c.iin));
  let crimes = 0;
  let registrations = 0;
  for (const c of clean) {
    if (prng.chance(0.01)) {
      const verdict = dayBetween(prng, addYears(c.birth_date, 18), asOf);
      crimes++;
      rows.criminalRecords.push({
        id: `crm-${String(crimes).padStart(6, "0")}`,
        iin: c.iin,
        article: prng.pick(ARTICLES),
        verdict_date: verdict,
        expunged: verdict < addYears(asOf, -6) && prng.chance(0.7),
      });
    }
    if (prng.chance(0.008)) {
      const registered = dayBetween(prng, addYears(c.birth_date, 18), asOf);
      registrations++;
      rows.dispensary.push({
        id: `dsp-${String(registrations).padStart(6, "0")}`,
        iin: c.iin,
        kind: prng.chance(0.5) ? "narcological" : "psychiatric",
        registered_on: registered,
        removed_on: prng.chance(0.4) ? dayBetween(prng, registered, asOf) : null,
      });
    }
  }
  registries(rows, options.seed ?? DEFAULT_SEED, asOf, deceased, ethnicityOf);
  return rows;
}

/**
 * The services a power of attorney covers: every fifth names one or two services of our catalogue, the
 * rest are general powers before state bodies (null). From the number's index, so the main generator's
 * random stream is the one it was before scopes existed.
 */
export const SCOPED_SERVICES = [
  "guardianship-certificate",
  "school-meals",
  "camp-voucher",
  "oralman-status",
  "rural-school-transport",
] as const;
function poaScope(i: number): string | null {
  if (i % 5 !== 0) return null;
  const a = SCOPED_SERVICES[(i / 5) % SCOPED_SERVICES.length] ?? "school-meals";
  const b = SCOPED_SERVICES[(i / 5 + 2) % SCOPED_SERVICES.length] ?? "camp-voucher";
  return JSON.stringify(i % 10 === 0 ? [a, b] : [a]);
}

/** Countries кандас most often come from (ISO 3166-1 alpha-2) and their weights. */
const ORIGINS = [
  ["UZ", 45],
  ["CN", 25],
  ["MN", 10],
  ["TM", 8],
  ["RU", 6],
  ["KG", 3],
  ["TJ", 2],
  ["IR", 1],
] as const;

/** The "Oralman" base and НОБД, from their own generator (see the file's comment). */
function registries(
  rows: PopulationRows,
  seed: number,
  asOf: string,
  deceased: ReadonlySet<string>,
  ethnicityOf: ReadonlyMap<string, Ethnicity>,
): void {
  const prng = new Prng((seed * 2_654_435_761 + 0x0a1b) >>> 0);
  const org = demoOrganisation();
  const schools = new Map<string, { id: string; name: string }[]>();
  for (const p of org.providers)
    if (p.kind === "education_organisation" && p.districtId)
      schools.set(p.districtId, [...(schools.get(p.districtId) ?? []), { id: p.id, name: p.name.kk }]);
  const otherRegion = (code: string): string => {
    const others = REGIONS.filter((r) => r.code !== code);
    return prng.pick(others).code;
  };
  let certificates = 0;
  let enrolments = 0;
  for (const c of rows.citizens) {
    if (deceased.has(c.iin)) continue;
    const age = ageOn(c.birth_date, asOf);
    const region = c.region_code;
    if (age >= 18 && ethnicityOf.get(c.iin) === "kazakh" && prng.chance(0.03)) {
      certificates++;
      const elsewhere = prng.chance(0.1);
      const from = [addYears(c.birth_date, 16), addYears(asOf, -12)].sort()[1] ?? asOf;
      const registeredOn = dayBetween(prng, from, asOf);
      rows.oralman.push({
        iin: c.iin,
        region_code: elsewhere ? otherRegion(region) : region,
        district_id: elsewhere ? null : (c.district_id ?? null),
        certificate_number: `ОР-${registeredOn.slice(0, 4)}-${String(certificates).padStart(6, "0")}`,
        registered_on: registeredOn,
        country_code: prng.weighted(ORIGINS),
      });
    }
    const enrol = (
      level: EducationRecordsTable["level"],
      organisation: { id: string | null; name: string },
      grade: number | null,
      enrolledOn: string,
    ): void => {
      enrolments++;
      rows.education.push({
        id: `edu-${String(enrolments).padStart(7, "0")}`,
        iin: c.iin,
        level,
        organisation_id: organisation.id,
        organisation_name: organisation.name,
        region_code: region,
        grade,
        enrolled_on: enrolledOn,
        left_on: null,
      });
    };
    // A school year starts on 1 September; a child starts school in the September after turning 6.
    const schoolYearOf = (day: string): number => Number(day.slice(0, 4)) - (day.slice(5) < "09-01" ? 1 : 0);
    const firstSeptember = (year: number): string => `${year}-09-01`;
    const startYear = schoolYearOf(addYears(c.birth_date, 6)) + 1;
    const currentYear = schoolYearOf(asOf);
    if (age >= 1 && age <= 6 && startYear > currentYear && prng.chance(0.65)) {
      const district = c.district_id ?? "";
      enrol(
        "preschool",
        { id: null, name: `№${prng.int(1, 60)} бөбекжай-бақша (${district || region})` },
        null,
        dayBetween(prng, addYears(c.birth_date, 1), asOf),
      );
    } else if (startYear <= currentYear && currentYear - startYear < 11 && prng.chance(0.97)) {
      const local = schools.get(c.district_id ?? "") ?? [];
      const school =
        local.length > 0
          ? prng.pick(local)
          : { id: null, name: `№${prng.int(1, 90)} жалпы білім беретін мектеп (${c.district_id ?? region})` };
      enrol("school", school, currentYear - startYear + 1, firstSeptember(startYear));
    } else if (age >= 17 && age <= 22 && prng.chance(0.35)) {
      const level = prng.chance(0.45) ? "college" : "university";
      const year = currentYear - prng.int(0, age - 17);
      enrol(
        level,
        {
          id: null,
          name:
            level === "college" ? `Жоғары колледж №${prng.int(1, 30)}` : `Университет №${prng.int(1, 12)}`,
        },
        null,
        firstSeptember(year),
      );
    }
  }
}

export function countsOf(rows: PopulationRows): PopulationCounts {
  const kind = (k: string) => rows.civilRecords.filter((r) => r.kind === k).length;
  return {
    citizens: rows.citizens.length,
    births: kind("birth"),
    marriages: kind("marriage"),
    deaths: kind("death"),
    guardianships: rows.guardianships.length,
    powersOfAttorney: rows.powersOfAttorney.length,
    criminalRecords: rows.criminalRecords.length,
    dispensaryRegistrations: rows.dispensary.length,
    oralman: rows.oralman.length,
    educationRecords: rows.education.length,
  };
}

/**
 * Generates the population and writes it in one transaction, replacing what
 * an earlier run wrote (the state-database tables, and the citizens whose IIN
 * serial is 1000–4999). Demo citizens and staff are left alone.
 */
export async function generatePopulation(
  db: Kysely<Database>,
  options: GenerateOptions,
  batchSize = 2000,
): Promise<PopulationCounts> {
  const rows = populationRows(options);
  await db.transaction().execute(async (trx) => {
    for (const table of [
      "civil_records",
      "guardianship_records",
      "powers_of_attorney",
      "criminal_records",
      "dispensary_registrations",
      "oralman_records",
      "education_records",
    ] as const)
      await trx.deleteFrom(table).execute();
    await trx
      .deleteFrom("citizens")
      .where(sql<string>`substring(iin from 8 for 4)`, ">=", String(FIRST_SERIAL))
      .where(sql<string>`substring(iin from 8 for 4)`, "<", "5000")
      .execute();
    for (const chunk of chunks(rows.citizens, batchSize))
      await trx.insertInto("citizens").values(chunk).execute();
    for (const chunk of chunks(rows.civilRecords, batchSize))
      await trx.insertInto("civil_records").values(chunk).execute();
    for (const chunk of chunks(rows.guardianships, batchSize))
      await trx.insertInto("guardianship_records").values(chunk).execute();
    for (const chunk of chunks(rows.powersOfAttorney, batchSize))
      await trx.insertInto("powers_of_attorney").values(chunk).execute();
    for (const chunk of chunks(rows.criminalRecords, batchSize))
      await trx.insertInto("criminal_records").values(chunk).execute();
    for (const chunk of chunks(rows.dispensary, batchSize))
      await trx.insertInto("dispensary_registrations").values(chunk).execute();
    for (const chunk of chunks(rows.oralman, batchSize))
      await trx.insertInto("oralman_records").values(chunk).execute();
    for (const chunk of chunks(rows.education, batchSize))
      await trx.insertInto("education_records").values(chunk).execute();
  });
  return countsOf(rows);
}

function* chunks<T>(items: readonly T[], size: number): Generator<T[]> {
  for (let i = 0; i < items.length; i += size) yield items.slice(i, i + size);
}
