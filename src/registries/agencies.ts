/**
 * The register of accredited foreign adoption agencies: accreditation under
 * the quota (refusal ground 9 of the standard), extension (the application
 * is due no later than 30 calendar days before the term ends, Rules p. 19),
 * and the 24-hour incident reports the agency undertakes to make.
 *
 * The accreditation term itself is not in our acts: the decision states the
 * expiry date. The quota ("the established number") is not in them either: it
 * is the setting `agency.quota` that an administrator sets.
 */
import { randomUUID } from "node:crypto";
import type { Kysely, Selectable, Transaction } from "kysely";
import { lockById } from "../store/lock.ts";
import type { AdoptionAgenciesTable, AgencyIncidentsTable, Database } from "../store/tables.ts";
import { addDays, isIsoDate } from "./dates.ts";
import { badInput, m, notFound, ruleRefuses, wrongState } from "./errors.ts";
import { getSetting } from "./settings.ts";
import { SOURCES } from "./sources.ts";

export type AgencyRow = Selectable<AdoptionAgenciesTable>;
export type IncidentRow = Selectable<AgencyIncidentsTable>;

/** Calendar days before expiry by which the extension must be applied for (p. 19). */
export const EXTENSION_LEAD_DAYS = 30;
/** Hours within which the agency reports a child's death, cruelty or abuse. */
export const INCIDENT_HOURS = 24;

export const QUOTA_SETTING = "agency.quota";

/** The last day to apply for extension: expiry − 30 calendar days. */
export function extensionDueOn(expiresOn: string): string {
  return addDays(expiresOn, -EXTENSION_LEAD_DAYS);
}

function text(field: string, value: unknown, max = 300): string {
  const s = typeof value === "string" ? value.trim() : "";
  if (s === "" || s.length > max)
    throw badInput(field, m("бос болмауы керек", "не может быть пустым", "must not be empty"));
  return s;
}

export interface AccreditInput {
  name: string;
  country: string;
  accreditedOn: string;
  expiresOn: string;
  undertakings: string[];
  caseId: string | null;
  at: Date;
}

/** Accredits an agency; refused (422) when the quota of accredited agencies would be exceeded. */
export async function accreditAgency(trx: Transaction<Database>, input: AccreditInput): Promise<AgencyRow> {
  const name = text("name", input.name);
  const country = text("country", input.country, 100);
  if (!isIsoDate(input.accreditedOn))
    throw badInput("accreditedOn", m("күн қате", "неверная дата", "not a valid date"));
  if (!isIsoDate(input.expiresOn) || input.expiresOn <= input.accreditedOn)
    throw badInput("expiresOn", m("мерзім қате", "неверный срок", "must be after the accreditation date"));
  const quota = await getSetting(trx, QUOTA_SETTING);
  if (typeof quota !== "number")
    throw ruleRefuses(
      m("агенттіктер квотасы белгіленбеген", "квота агентств не установлена", "the agency quota is not set"),
      { setting: QUOTA_SETTING, source: SOURCES.quota.ref },
    );
  // Serialise accreditations: the settings row is the lock.
  await trx
    .selectFrom("registry_settings")
    .select("key")
    .where("key", "=", QUOTA_SETTING)
    .forUpdate()
    .execute();
  const { n } = await trx
    .selectFrom("adoption_agencies")
    .select((eb) => eb.fn.countAll<string>().as("n"))
    .where("status", "=", "accredited")
    .where("expires_on", ">=", input.accreditedOn)
    .executeTakeFirstOrThrow();
  if (Number(n) >= quota)
    throw ruleRefuses(
      m(
        "аккредиттелген агенттіктердің белгіленген саны толды",
        "превышено установленное число аккредитованных агентств",
        "the established number of accredited agencies is reached",
      ),
      { quota, accredited: Number(n), source: SOURCES.quota.ref },
    );
  return trx
    .insertInto("adoption_agencies")
    .values({
      id: randomUUID(),
      name,
      country,
      accredited_on: input.accreditedOn,
      expires_on: input.expiresOn,
      status: "accredited",
      undertakings: JSON.stringify(input.undertakings.map((u) => text("undertakings", u, 1000))),
      case_id: input.caseId,
      updated_at: input.at,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

/**
 * Extends the term. The application must have come no later than 30 calendar
 * days before expiry (p. 19): `appliedOn` after that is refused (422).
 */
export async function extendAccreditation(
  trx: Transaction<Database>,
  id: string,
  input: { appliedOn: string; newExpiresOn: string; at: Date },
): Promise<AgencyRow> {
  const a = await lockById(trx, "adoption_agencies", id);
  if (!a) throw notFound("agency", id);
  if (a.status !== "accredited")
    throw wrongState(m("аккредиттеу жоқ", "аккредитация отозвана", "not accredited"), { id });
  if (!isIsoDate(input.appliedOn))
    throw badInput("appliedOn", m("күн қате", "неверная дата", "not a valid date"));
  if (!isIsoDate(input.newExpiresOn) || input.newExpiresOn <= a.expires_on)
    throw badInput(
      "newExpiresOn",
      m("жаңа мерзім қате", "неверный новый срок", "must be after the current expiry"),
    );
  if (input.appliedOn > extensionDueOn(a.expires_on))
    throw ruleRefuses(
      m(
        "ұзарту туралы өтініш мерзім аяқталғанға дейін 30 күнтізбелік күннен кешіктірілмей берілуі тиіс",
        "заявление о продлении подаётся не позднее 30 календарных дней до окончания срока",
        "the extension must be applied for no later than 30 calendar days before expiry",
      ),
      { dueOn: extensionDueOn(a.expires_on), source: SOURCES.extensionDeadline.ref },
    );
  return trx
    .updateTable("adoption_agencies")
    .set({ expires_on: input.newExpiresOn, updated_at: input.at })
    .where("id", "=", id)
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** Records an incident report; `late` when more than 24 hours after the fact. */
export async function reportIncident(
  trx: Transaction<Database>,
  input: {
    agencyId: string;
    kind: "death" | "cruelty" | "violence" | "sexual_abuse";
    occurredAt: Date;
    reportedAt: Date;
  },
): Promise<IncidentRow> {
  const a = await trx
    .selectFrom("adoption_agencies")
    .select("id")
    .where("id", "=", input.agencyId)
    .executeTakeFirst();
  if (!a) throw notFound("agency", input.agencyId);
  if (!["death", "cruelty", "violence", "sexual_abuse"].includes(input.kind))
    throw badInput("kind", m("оқиға түрі белгісіз", "неизвестный вид происшествия", "unknown incident kind"));
  if (input.reportedAt.getTime() < input.occurredAt.getTime())
    throw badInput("reportedAt", m("оқиғадан бұрын", "раньше происшествия", "before the incident"));
  const lateAfter = input.occurredAt.getTime() + INCIDENT_HOURS * 3_600_000;
  return trx
    .insertInto("agency_incidents")
    .values({
      id: randomUUID(),
      agency_id: input.agencyId,
      kind: input.kind,
      occurred_at: input.occurredAt,
      reported_at: input.reportedAt,
      late: input.reportedAt.getTime() > lateAfter,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function listAgencies(db: Kysely<Database>): Promise<AgencyRow[]> {
  return db.selectFrom("adoption_agencies").selectAll().orderBy("expires_on").execute();
}
