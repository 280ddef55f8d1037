/**
 * The bundled state databases: answers from the synthetic population in this
 * database (`citizens` as ГБД ФЛ, and the tables of migration 0006). The
 * production adapter sends the same requests through the e-government gateway
 * (README.md).
 */
import type { Kysely, Selectable } from "kysely";
import type {
  CivilRecordsTable,
  Database,
  GuardianshipRecordsTable,
  PowersOfAttorneyTable,
} from "../store/tables.ts";
import type {
  BirthRecord,
  GuardianshipRecord,
  MarriageRecord,
  PowerOfAttorneyRecord,
  PowerOfAttorneyStatus,
  StateDatabases,
  StateDbAnswer,
  StateDbSource,
} from "./ports.ts";

/** The legal day in Kazakhstan (UTC+5) of an instant, YYYY-MM-DD. */
export function kzDay(at: Date): string {
  return new Date(at.getTime() + 5 * 3_600_000).toISOString().slice(0, 10);
}

export interface LocalStateDbOptions {
  /** The clock for `queriedAt` and the default day of validity checks. */
  now?: () => Date;
}

export function localStateDatabases(db: Kysely<Database>, options: LocalStateDbOptions = {}): StateDatabases {
  const now = options.now ?? (() => new Date());
  const answer = <T>(source: StateDbSource, data: T | undefined): StateDbAnswer<T> =>
    data === undefined
      ? { found: false, source, queriedAt: now().toISOString() }
      : { found: true, data, source, queriedAt: now().toISOString() };
  const list = <T>(source: StateDbSource, rows: T[]): StateDbAnswer<T[]> =>
    answer(source, rows.length > 0 ? rows : undefined);
  const today = (): string => kzDay(now());

  const birth = (r: Selectable<CivilRecordsTable>): BirthRecord => ({
    recordNumber: r.record_number,
    registeredOn: r.registered_on,
    regionCode: r.region_code,
    childIin: r.person_iin,
    motherIin: r.other_iin,
    fatherIin: r.father_iin,
  });
  const marriage = (r: Selectable<CivilRecordsTable>): MarriageRecord => ({
    recordNumber: r.record_number,
    registeredOn: r.registered_on,
    regionCode: r.region_code,
    husbandIin: r.person_iin,
    wifeIin: r.other_iin ?? "",
  });
  const guardianship = (r: Selectable<GuardianshipRecordsTable>): GuardianshipRecord => ({
    id: r.id,
    wardIin: r.ward_iin,
    guardianIin: r.guardian_iin,
    orderNumber: r.order_number,
    orderDate: r.order_date,
    providerId: r.provider_id,
    endedOn: r.ended_on,
  });
  const guardianships = async (column: "guardian_iin" | "ward_iin", iin: string, on: string) => {
    const rows = await db
      .selectFrom("guardianship_records")
      .selectAll()
      .where(column, "=", iin)
      .where("order_date", "<=", on)
      .where((eb) => eb.or([eb("ended_on", "is", null), eb("ended_on", ">", on)]))
      .orderBy("order_date")
      .orderBy("id")
      .execute();
    return list("guardianship", rows.map(guardianship));
  };

  return {
    persons: {
      async byIin(iin) {
        const row = await db
          .selectFrom("citizens as c")
          .leftJoin("civil_records as d", (j) =>
            j.onRef("d.person_iin", "=", "c.iin").on("d.kind", "=", "death"),
          )
          .select([
            "c.iin",
            "c.surname",
            "c.given_name",
            "c.patronymic",
            "c.birth_date",
            "c.sex",
            "c.region_code",
            "c.district_id",
            "c.address",
            "c.phone",
            "d.registered_on as death_date",
          ])
          .where("c.iin", "=", iin)
          .executeTakeFirst();
        return answer(
          "ГБД ФЛ",
          row && {
            iin: row.iin,
            surname: row.surname,
            givenName: row.given_name,
            patronymic: row.patronymic,
            birthDate: row.birth_date,
            sex: row.sex,
            regionCode: row.region_code,
            districtId: row.district_id,
            address: row.address,
            phone: row.phone,
            deathDate: row.death_date ?? null,
          },
        );
      },
    },
    civil: {
      async births(ofParentIin) {
        const rows = await db
          .selectFrom("civil_records")
          .selectAll()
          .where("kind", "=", "birth")
          .where((eb) => eb.or([eb("other_iin", "=", ofParentIin), eb("father_iin", "=", ofParentIin)]))
          .orderBy("registered_on")
          .orderBy("id")
          .execute();
        return list("АХАЖ", rows.map(birth));
      },
      async birthOf(childIin) {
        const row = await db
          .selectFrom("civil_records")
          .selectAll()
          .where("kind", "=", "birth")
          .where("person_iin", "=", childIin)
          .executeTakeFirst();
        return answer("АХАЖ", row && birth(row));
      },
      async marriages(iin) {
        const rows = await db
          .selectFrom("civil_records")
          .selectAll()
          .where("kind", "=", "marriage")
          .where((eb) => eb.or([eb("person_iin", "=", iin), eb("other_iin", "=", iin)]))
          .orderBy("registered_on")
          .orderBy("id")
          .execute();
        return list("АХАЖ", rows.map(marriage));
      },
      async death(iin) {
        const row = await db
          .selectFrom("civil_records")
          .selectAll()
          .where("kind", "=", "death")
          .where("person_iin", "=", iin)
          .executeTakeFirst();
        return answer(
          "АХАЖ",
          row && {
            recordNumber: row.record_number,
            registeredOn: row.registered_on,
            regionCode: row.region_code,
            iin: row.person_iin,
          },
        );
      },
    },
    notary: {
      async powerOfAttorney(number, principalIin, agentIin, on = today()) {
        const row = await db
          .selectFrom("powers_of_attorney")
          .selectAll()
          .where("number", "=", number)
          .where("principal_iin", "=", principalIin)
          .where("agent_iin", "=", agentIin)
          .executeTakeFirst();
        return answer("ЕНИС", row && powerOfAttorney(row, on));
      },
      async byNumber(number, on = today()) {
        const row = await db
          .selectFrom("powers_of_attorney")
          .selectAll()
          .where("number", "=", number)
          .executeTakeFirst();
        return answer("ЕНИС", row && powerOfAttorney(row, on));
      },
    },
    criminal: {
      async of(iin) {
        const rows = await db
          .selectFrom("criminal_records")
          .select(["article", "verdict_date", "expunged"])
          .where("iin", "=", iin)
          .orderBy("verdict_date")
          .orderBy("id")
          .execute();
        return list(
          "ИС КПСиСУ",
          rows.map((r) => ({ article: r.article, verdictDate: r.verdict_date, expunged: r.expunged })),
        );
      },
    },
    dispensary: {
      async of(iin) {
        const rows = await db
          .selectFrom("dispensary_registrations")
          .select(["kind", "registered_on", "removed_on"])
          .where("iin", "=", iin)
          .orderBy("registered_on")
          .orderBy("id")
          .execute();
        return list(
          "dispensary",
          rows.map((r) => ({ kind: r.kind, registeredOn: r.registered_on, removedOn: r.removed_on })),
        );
      },
    },
    guardianship: {
      asGuardian: (iin, on = today()) => guardianships("guardian_iin", iin, on),
      asWard: (iin, on = today()) => guardianships("ward_iin", iin, on),
    },
    oralman: {
      async byIin(iin) {
        const row = await db
          .selectFrom("oralman_records")
          .selectAll()
          .where("iin", "=", iin)
          .executeTakeFirst();
        return answer(
          "Оралман",
          row && {
            iin: row.iin,
            regionCode: row.region_code,
            districtId: row.district_id,
            certificateNumber: row.certificate_number,
            registeredOn: row.registered_on,
            countryCode: row.country_code,
          },
        );
      },
    },
    education: {
      async enrolments(iin, on = today()) {
        const rows = await db
          .selectFrom("education_records")
          .selectAll()
          .where("iin", "=", iin)
          .where("enrolled_on", "<=", on)
          .where((eb) => eb.or([eb("left_on", "is", null), eb("left_on", ">", on)]))
          .orderBy("enrolled_on")
          .orderBy("id")
          .execute();
        return list(
          "НОБД",
          rows.map((r) => ({
            id: r.id,
            iin: r.iin,
            level: r.level,
            organisationId: r.organisation_id,
            organisationName: r.organisation_name,
            regionCode: r.region_code,
            grade: r.grade,
            enrolledOn: r.enrolled_on,
            leftOn: r.left_on,
          })),
        );
      },
    },
  };
}

/** A ЕНИС row as the port answers it, with its status on `on`. */
function powerOfAttorney(row: Selectable<PowersOfAttorneyTable>, on: string): PowerOfAttorneyRecord {
  const status: PowerOfAttorneyStatus = row.revoked
    ? "revoked"
    : on < row.issued_on || on > row.valid_until
      ? "expired"
      : "valid";
  const services = typeof row.services === "string" ? (JSON.parse(row.services) as string[]) : row.services;
  return {
    number: row.number,
    principalIin: row.principal_iin,
    agentIin: row.agent_iin,
    notary: row.notary,
    issuedOn: row.issued_on,
    validUntil: row.valid_until,
    revoked: row.revoked,
    status,
    services: services ?? null,
  };
}
