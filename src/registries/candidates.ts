/**
 * Candidates (adopters, guardians, foster families, patronage educators)
 * entered from the conclusions the services produce. One record per IIN and
 * kind across all regions: a later conclusion replaces the earlier one, even
 * from another region (de-duplication by IIN).
 */
import { randomUUID } from "node:crypto";
import { type Kysely, type Selectable, sql, type Transaction } from "kysely";
import { accessLogged } from "../core/errors.ts";
import { logAccess } from "../history/index.ts";
import { isValidIin } from "../iin/index.ts";
import type { Database, RegistryCandidatesTable } from "../store/tables.ts";
import {
  CANDIDATE_KINDS,
  type CandidateKind,
  candidateVisible,
  inForce,
  staffRegions,
  type Viewer,
} from "./access.ts";
import { isIsoDate, localDate } from "./dates.ts";
import { badInput, forbidden, m, notFound } from "./errors.ts";

export type CandidateRow = Selectable<RegistryCandidatesTable>;
type Db = Kysely<Database> | Transaction<Database>;

export interface ConclusionInput {
  iin: string;
  kind: CandidateKind;
  fullName: string;
  regionCode: string;
  providerId: string | null;
  conclusion: "positive" | "negative";
  concludedOn: string;
  /** The last day the conclusion is valid; null when no term applies. */
  validUntil: string | null;
  caseId: string | null;
  at: Date;
}

export function checkIin(field: string, iin: unknown): string {
  if (typeof iin !== "string" || !isValidIin(iin))
    throw badInput(field, m("ЖСН жарамсыз", "недействительный ИИН", "not a valid IIN"));
  return iin;
}

function checkDate(field: string, value: unknown): string {
  if (!isIsoDate(value))
    throw badInput(field, m("күн ЖЖЖЖ-АА-КК болуы керек", "дата в виде ГГГГ-ММ-ДД", "a date YYYY-MM-DD"));
  return value;
}

/**
 * Enters (or replaces) a candidate from a conclusion. Returns the row and
 * whether an earlier record of the same IIN and kind was replaced.
 */
export async function recordConclusion(
  trx: Transaction<Database>,
  input: ConclusionInput,
): Promise<{ candidate: CandidateRow; replaced: boolean }> {
  const iin = checkIin("iin", input.iin);
  if (!(CANDIDATE_KINDS as readonly string[]).includes(input.kind))
    throw badInput("kind", m("үміткер түрі белгісіз", "неизвестный вид кандидата", "unknown candidate kind"));
  const fullName = typeof input.fullName === "string" ? input.fullName.trim() : "";
  if (fullName === "" || fullName.length > 300)
    throw badInput("fullName", m("аты-жөні қажет", "нужно ФИО", "a full name is required"));
  if (input.conclusion !== "positive" && input.conclusion !== "negative")
    throw badInput(
      "conclusion",
      m("positive немесе negative", "positive или negative", "positive or negative"),
    );
  const concludedOn = checkDate("concludedOn", input.concludedOn);
  const validUntil = input.validUntil === null ? null : checkDate("validUntil", input.validUntil);
  if (validUntil !== null && validUntil < concludedOn)
    throw badInput(
      "validUntil",
      m("қорытынды күнінен бұрын", "раньше даты заключения", "before the conclusion's date"),
    );
  const region = await trx
    .selectFrom("regions")
    .select("code")
    .where("code", "=", input.regionCode)
    .executeTakeFirst();
  if (!region) throw badInput("regionCode", m("өңір белгісіз", "неизвестный регион", "unknown region"));

  const existing = await trx
    .selectFrom("registry_candidates")
    .select("id")
    .where("iin", "=", iin)
    .where("kind", "=", input.kind)
    .forUpdate()
    .executeTakeFirst();
  const values = {
    full_name: fullName,
    region_code: input.regionCode,
    provider_id: input.providerId,
    conclusion: input.conclusion,
    conclusion_case_id: input.caseId,
    concluded_on: concludedOn,
    valid_until: validUntil,
    updated_at: input.at,
  };
  const candidate = await trx
    .insertInto("registry_candidates")
    .values({ id: existing?.id ?? randomUUID(), iin, kind: input.kind, ...values })
    .onConflict((oc) => oc.columns(["iin", "kind"]).doUpdateSet(values))
    .returningAll()
    .executeTakeFirstOrThrow();
  return { candidate, replaced: existing !== undefined };
}

/** The candidate records of an IIN (every kind), for the access rules. */
export async function standingsOf(db: Db, iin: string): Promise<CandidateRow[]> {
  return db.selectFrom("registry_candidates").selectAll().where("iin", "=", iin).execute();
}

/** Whether the citizen holds a positive, unexpired conclusion that opens the data bank to them. */
export async function hasBankAccess(db: Db, iin: string, at: Date): Promise<boolean> {
  const today = localDate(at);
  return (await standingsOf(db, iin)).some((s) => inForce(s, today));
}

/** One candidate, if the viewer may see it; the read is logged either way. */
export async function getCandidate(db: Db, viewer: Viewer, id: string, at: Date): Promise<CandidateRow> {
  const row = await db.selectFrom("registry_candidates").selectAll().where("id", "=", id).executeTakeFirst();
  if (!row) throw notFound("candidate", id);
  const allowed = candidateVisible(viewer, row);
  await logAccess(db, {
    at,
    staffId: viewer.kind === "staff" ? viewer.actor.staffId : null,
    citizenIin: viewer.kind === "citizen" ? viewer.iin : null,
    action: "registry.candidate.read",
    allowed,
    detail: { candidateId: id },
  });
  if (!allowed) throw accessLogged(forbidden("candidate", id));
  return row;
}

/** The candidates a viewer may see (staff: their scope; a citizen: their own), logged. */
export async function listCandidates(db: Db, viewer: Viewer, at: Date): Promise<CandidateRow[]> {
  let q = db.selectFrom("registry_candidates").selectAll().orderBy("region_code").orderBy("id");
  if (viewer.kind === "citizen") q = q.where("iin", "=", viewer.iin);
  else {
    const regions = staffRegions(viewer);
    if (regions !== "all")
      q = regions.length === 0 ? q.where(sql<boolean>`false`) : q.where("region_code", "in", regions);
  }
  const rows = await q.execute();
  await logAccess(db, {
    at,
    staffId: viewer.kind === "staff" ? viewer.actor.staffId : null,
    citizenIin: viewer.kind === "citizen" ? viewer.iin : null,
    action: "registry.candidate.list",
    allowed: true,
    detail: { candidateIds: rows.map((r) => r.id) },
  });
  return rows;
}
