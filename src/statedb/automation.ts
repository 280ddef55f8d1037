/**
 * The engine's `Automation` port answered from the state databases. An
 * automated decision step names a CHECK (`check: "guardianship-record-exists"`
 * on the step in the catalogue); the check asks the databases about the case's
 * applicant (and representative) and answers "yes", "no", or "manual" when the
 * data are not there and a person must decide. No service codes here: which
 * check a step runs is the catalogue's business.
 */

import type { Kysely } from "kysely";
import type { Step } from "../catalog/schema.ts";
import type { AutomatedCheck } from "../catalog/vocabulary.ts";
import type { Automation } from "../engine/context.ts";
import type { CaseRow, Database } from "../store/tables.ts";
import { kzDay, localStateDatabases } from "./local.ts";
import type { StateDatabases } from "./ports.ts";

export type Decision = "yes" | "no" | "manual";

/** What a check knows about the case it decides on. */
export interface CheckFacts {
  dbs: StateDatabases;
  /** The service recipient. */
  applicantIin: string;
  /** The person acting for the recipient, with the number of the power of attorney presented. */
  representative: { iin: string; powerOfAttorneyNumber: string } | null;
  /** The children named in the request that carry an IIN. */
  childIins: string[];
  /** The region of the case (where the application is made); absent when the caller has none. */
  regionCode?: string;
  /** The legal day of the decision, YYYY-MM-DD. */
  on: string;
}

export type Check = (facts: CheckFacts) => Promise<Decision>;

// ------------------------------------------------------------------ the rule functions

/** The applicant is a guardian (trustee) on record → yes; no record → a person decides. */
export const guardianshipRecordExists: Check = async (f) =>
  (await f.dbs.guardianship.asGuardian(f.applicantIin, f.on)).found ? "yes" : "manual";

/** The applicant is in ГБД ФЛ (and alive) → yes; else no. */
export const personKnown: Check = async (f) => {
  const a = await f.dbs.persons.byIin(f.applicantIin);
  return a.found && a.data && a.data.deathDate === null ? "yes" : "no";
};

/**
 * The representative's power of attorney in ЕНИС: valid → yes; revoked or
 * expired → no; not found → a person decides (it may be certified in a way
 * ЕНИС does not hold). No representative: nothing to check → yes.
 */
export const powerOfAttorneyValid: Check = async (f) => {
  if (!f.representative) return "yes";
  const a = await f.dbs.notary.powerOfAttorney(
    f.representative.powerOfAttorneyNumber,
    f.applicantIin,
    f.representative.iin,
    f.on,
  );
  if (!a.found || !a.data) return "manual";
  return a.data.status === "valid" ? "yes" : "no";
};

/** No conviction on file that is not expunged → yes; else no. */
export const noCriminalRecord: Check = async (f) => {
  const a = await f.dbs.criminal.of(f.applicantIin);
  return (a.data ?? []).some((r) => !r.expunged) ? "no" : "yes";
};

/** Not on a narcological or psychiatric register on the day → yes; else no. */
export const notOnDispensaryRegister: Check = async (f) => {
  const a = await f.dbs.dispensary.of(f.applicantIin);
  const onRegister = (a.data ?? []).some(
    (r) => r.registeredOn <= f.on && (r.removedOn === null || r.removedOn > f.on),
  );
  return onRegister ? "no" : "yes";
};

/**
 * Oralman regulation (001 Annex 9, p. 7, sub-p. 1, lines 2309–2316): before the application is registered the
 * applicant is checked in the "Oralman" electronic database; registered in another region → the application
 * is not registered. Not in the base, or in the base by this region → yes; by another region → no. Without the
 * case's region the answer is left to a person.
 */
export const oralmanNotRegisteredElsewhere: Check = async (f) => {
  const a = await f.dbs.oralman.byIin(f.applicantIin);
  if (!a.found || !a.data) return "yes";
  if (f.regionCode === undefined) return "manual";
  return a.data.regionCode === f.regionCode ? "yes" : "no";
};

/**
 * НОБД: every child named with an IIN is enrolled (kindergarten, school, college) on the day → yes; a child
 * not on record, or no child named → a person decides (a paper certificate from the organisation).
 */
export const childrenInEducation: Check = async (f) => {
  if (f.childIins.length === 0) return "manual";
  for (const iin of f.childIins) if (!(await f.dbs.education.enrolments(iin, f.on)).found) return "manual";
  return "yes";
};

/** НОБД: the applicant is enrolled in an education organisation on the day → yes; not on record → a person decides. */
export const applicantInEducation: Check = async (f) =>
  (await f.dbs.education.enrolments(f.applicantIin, f.on)).found ? "yes" : "manual";

/**
 * The portal's own conditions: the applicant signed in with IIN and password, and the request's EDS was
 * verified (chain, validity, revocation, IIN) before the request reached the engine (src/citizens,
 * src/portal) — a request that failed them never becomes a case, so here they hold.
 */
export const verifiedBeforeIntake: Check = async () => "yes";

/** The applicant is in ГБД ФЛ, and a representative's power of attorney is valid in ЕНИС. */
export const personAndPowerOfAttorney: Check = async (f) => {
  const person = await personKnown(f);
  return person === "yes" ? powerOfAttorneyValid(f) : person;
};

/** Every check by the name a catalogue step gives it (`AutomatedCheck`), and further named rules. */
export const CHECKS: Readonly<
  Record<
    | AutomatedCheck
    | "power-of-attorney-valid"
    | "no-criminal-record"
    | "not-on-dispensary-register"
    | "oralman-not-registered-elsewhere"
    | "children-in-education"
    | "applicant-in-education",
    Check
  >
> = {
  "portal-authenticated": verifiedBeforeIntake,
  "eds-verified": verifiedBeforeIntake,
  "person-and-power-of-attorney": personAndPowerOfAttorney,
  "guardianship-record-exists": guardianshipRecordExists,
  "person-known": personKnown,
  "power-of-attorney-valid": powerOfAttorneyValid,
  "no-criminal-record": noCriminalRecord,
  "not-on-dispensary-register": notOnDispensaryRegister,
  "oralman-not-registered-elsewhere": oralmanNotRegisteredElsewhere,
  "children-in-education": childrenInEducation,
  "applicant-in-education": applicantInEducation,
};

export const CHECK_NAMES: readonly string[] = Object.keys(CHECKS);

export function isKnownCheck(name: string, checks: Readonly<Record<string, Check>> = CHECKS): boolean {
  return Object.hasOwn(checks, name);
}

/** The check of this name; an unknown name answers "manual" (a person decides rather than a guess). */
export function decideByCheck(name: string, checks: Readonly<Record<string, Check>> = CHECKS): Check {
  return isKnownCheck(name, checks) ? (checks[name] ?? manual) : manual;
}

const manual: Check = async () => "manual";

// ------------------------------------------------------------------ facts of a case

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

function parsed(v: unknown): unknown {
  if (typeof v !== "string") return v;
  try {
    return JSON.parse(v);
  } catch {
    return v;
  }
}

/** The representative and children of a case row (stored as JSON). */
export function caseFacts(
  c: Pick<CaseRow, "applicant_iin" | "representative" | "children"> & Partial<Pick<CaseRow, "region_code">>,
): {
  applicantIin: string;
  representative: CheckFacts["representative"];
  childIins: string[];
  regionCode?: string;
} {
  const rep = parsed(c.representative);
  const poa = isRecord(rep) ? rep.powerOfAttorney : undefined;
  const representative =
    isRecord(rep) && typeof rep.iin === "string" && isRecord(poa) && typeof poa.number === "string"
      ? { iin: rep.iin, powerOfAttorneyNumber: poa.number }
      : null;
  const kids = parsed(c.children);
  const childIins = Array.isArray(kids)
    ? kids.flatMap((k) => (isRecord(k) && typeof k.iin === "string" ? [k.iin] : []))
    : [];
  return {
    applicantIin: c.applicant_iin,
    representative,
    childIins,
    ...(c.region_code ? { regionCode: c.region_code } : {}),
  };
}

// ------------------------------------------------------------------ the port

export interface StateDbAutomationOptions {
  /** The checks by name (default CHECKS). */
  checks?: Readonly<Record<string, Check>>;
  /** The clock of the decision day (default: now). */
  now?: () => Date;
  /** The answer for an automated step that names no check (default "yes", as PASSING_AUTOMATION). */
  unnamed?: Decision;
}

/**
 * The `Automation` port over the state databases. `checkOf` finds the check
 * a step names (the engine passes `(step) => step.check`); `db` is this
 * database (the bundled databases) or any `StateDatabases` (e.g. the gateway
 * adapter).
 */
export function stateDbAutomation(
  db: Kysely<Database> | StateDatabases,
  checkOf: (step: Step) => string | undefined,
  options: StateDbAutomationOptions = {},
): Automation {
  const now = options.now ?? (() => new Date());
  const given = isStateDatabases(db) ? db : null;
  const checks = options.checks ?? CHECKS;
  const unnamed = options.unnamed ?? "yes";
  return {
    async decide({ step, case: c, db: trx }) {
      const name = checkOf(step);
      if (name === undefined) return unnamed;
      // Read through the engine's transaction: the bundled databases share its connection.
      const dbs = given ?? localStateDatabases(trx ?? (db as Kysely<Database>), { now });
      return decideByCheck(name, checks)({ dbs, ...caseFacts(c), on: kzDay(now()) });
    },
  };
}

function isStateDatabases(db: Kysely<Database> | StateDatabases): db is StateDatabases {
  return "persons" in db && "guardianship" in db;
}
