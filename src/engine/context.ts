/**
 * What the engine needs from outside: the database, legal time, the
 * catalogue and a clock. Tests pass a controllable `now`.
 */
import type { Kysely, Transaction } from "kysely";
import type { Calendar } from "../calendar/index.ts";
import { findService, findVersion } from "../catalog/lookup.ts";
import type { Catalog, Procedure, RegulationVersion, Service, Step } from "../catalog/schema.ts";
import { isQyzmetError } from "../core/errors.ts";
import type { StateDatabases } from "../statedb/ports.ts";
import type { CaseRow, Database } from "../store/tables.ts";
import { engineError } from "./errors.ts";

/**
 * Answers the automated decisions of a procedure (an information system checks
 * the data): "yes", "no", or "manual" when the data are not there and a person
 * must decide. The production adapter asks the state databases.
 */
export interface Automation {
  /** `db` is the transaction the decision is taken in: read through it (one connection on PGlite). */
  decide(input: {
    step: Step;
    case: CaseRow;
    rules: CaseRules;
    db: Kysely<Database>;
  }): Promise<"yes" | "no" | "manual">;
}

/** Until the state-database adapters exist, an automated check passes: the request arrived already verified. */
export const PASSING_AUTOMATION: Automation = { decide: async () => "yes" };

/** A signed document issued with a case (its result or reasoned refusal). */
export interface IssuedDocument {
  id: string;
  number: string;
  sealed: boolean;
}

/**
 * Issues the signed result when a case closes (src/documents): returns the signed document the
 * case ends with, signs it with the provider's seal when no person handled the case, or throws
 * (RESULT_NOT_SIGNED) so that nothing is issued unsigned. null: this outcome issues no document.
 */
export interface ResultIssuer {
  issue(
    trx: Trx,
    c: CaseRow,
    rules: CaseRules,
    outcome: { kind: string; grounds?: number[] },
    now: Date,
  ): Promise<IssuedDocument | null>;
  /** Called when a decision names the outcome before the case closes: a signed document that says otherwise refuses it. */
  check?(trx: Trx, c: CaseRow, outcome: { kind: string; grounds?: number[] }): Promise<void>;
}

export interface EngineDeps {
  db: Kysely<Database>;
  calendar: Calendar;
  catalog: Catalog;
  now: () => Date;
  automation: Automation;
  /**
   * The state databases intake asks for documents waived by a record (`waivedIfRecord`), reading through
   * `db` (the bundled implementation; a production adapter ignores it). Absent: no lookup can be made, and
   * such a document must be handed in.
   */
  stateDatabases?: (db: Kysely<Database>) => StateDatabases;
  /** Run at the end of closing a case, inside the closing transaction (e.g. the registries learn a result). */
  /** Signs and records the result document at closing; absent: the engine records outcomes only (unit tests of the walk). */
  issuer?: ResultIssuer;
  afterClose?: ReadonlyArray<(trx: Trx, c: CaseRow, rules: CaseRules) => Promise<void>>;
}

export type Trx = Transaction<Database>;

export function serviceOf(catalog: Catalog, code: string): Service {
  try {
    return findService(catalog, code);
  } catch (error) {
    if (isQyzmetError(error)) throw engineError("SERVICE_NOT_FOUND", { code });
    throw error;
  }
}

/** The regulation version and procedure a case runs under (fixed at registration). */
export interface CaseRules {
  service: Service;
  version: RegulationVersion;
  procedure: Procedure;
}

export function rulesOf(
  catalog: Catalog,
  c: Pick<CaseRow, "service_code" | "version_id" | "procedure_id">,
): CaseRules {
  const service = serviceOf(catalog, c.service_code);
  const version = findVersion(service, c.version_id);
  const procedure = version.procedures.find((p) => p.id === c.procedure_id);
  if (!procedure)
    throw new Error(`version ${version.id} of ${service.code} has no procedure ${c.procedure_id}`);
  return { service, version, procedure };
}

/** Locks the case row for the rest of the transaction; every change of a case starts here. */
export async function lockCase(trx: Trx, id: string): Promise<CaseRow> {
  const row = await trx.selectFrom("cases").selectAll().where("id", "=", id).forUpdate().executeTakeFirst();
  if (!row) throw engineError("CASE_NOT_FOUND", { caseId: id });
  return row;
}

export const ms = (d: Date): number => d.getTime();
