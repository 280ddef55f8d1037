/**
 * Documents the act requires "only if the information system has no record" (`waivedIfRecord` in the
 * catalogue): intake asks the state database itself, through the ports of src/statedb, and the record —
 * not the applicant — decides whether the document is needed.
 *
 * - record found (for every subject: each child named, …) → `obtained`: not asked for, the receipt says
 *   "obtained from <system>";
 * - no record, a record registered abroad where the act also asks for the document then, or no subject to
 *   ask about (no child named with an IIN, no spouse or other parent on record) → `required`, as before;
 * - the database does not answer (or none is configured) → `unavailable`. Intake does not guess: the
 *   document can be handed in as usual; without it the package is neither accepted (the document may be
 *   required) nor refused for it (it may not be) — see `checkIntake`.
 */
import { REGION_CODES } from "../catalog/regions.ts";
import {
  type RecordWaiver,
  type RequiredDocument,
  type Source,
  type Text,
  WAIVER_RECORDS,
  type WaiverRecord,
} from "../catalog/schema.ts";
import type { StateDatabases, StateDbSource } from "../statedb/ports.ts";

export type WaiverStatus = "obtained" | "required" | "unavailable";

/** One request to a state database made for a waiver, as recorded on the case. */
export interface RecordLookup {
  /** What was asked: the waiver's record, or the step that found its subject (the spouse, the other parent). */
  asked: WaiverRecord | "spouse" | "other_parent";
  iin: string;
  found: boolean;
  recordNumber?: string;
  /** The record was registered outside Kazakhstan. */
  abroad?: boolean;
  source: StateDbSource;
  queriedAt: string;
}

/** The answer for one document. */
export interface WaiverAnswer {
  document: string;
  record: WaiverRecord;
  of: RecordWaiver["of"];
  system: StateDbSource;
  status: WaiverStatus;
  /** Why it is still required. */
  reason?: "no_record" | "registered_abroad" | "no_subject";
  lookups: RecordLookup[];
  /** The act's paragraph. */
  source: Source;
  /** What the applicant may still declare instead (`notApplicable`). */
  declarable?: Text;
}

/** Whose records: the application's applicant and children. */
export interface WaiverSubjects {
  applicantIin: string;
  children: readonly { iin?: string | undefined }[];
}

const KAZAKH_REGIONS = new Set<string>(REGION_CODES);

/** A database error (or none configured): the lookup cannot be made now. */
class Unavailable extends Error {}

type Found = { found: boolean; recordNumber?: string; abroad?: boolean };

/** Answers `waivedIfRecord` of each document (documents without one are skipped). */
export async function resolveWaivers(
  dbs: StateDatabases | null,
  documents: readonly RequiredDocument[],
  subjects: WaiverSubjects,
  on: string,
): Promise<WaiverAnswer[]> {
  const answers: WaiverAnswer[] = [];
  for (const d of documents) {
    const w = d.waivedIfRecord;
    if (!w) continue;
    answers.push(await resolveOne(dbs, d.id, w, subjects, on));
  }
  return answers;
}

async function resolveOne(
  dbs: StateDatabases | null,
  document: string,
  w: RecordWaiver,
  subjects: WaiverSubjects,
  on: string,
): Promise<WaiverAnswer> {
  const lookups: RecordLookup[] = [];
  const base = {
    document,
    record: w.record,
    of: w.of,
    system: WAIVER_RECORDS[w.record],
    lookups,
    source: w.source,
    ...(w.declarable ? { declarable: w.declarable } : {}),
  };
  if (!dbs) return { ...base, status: "unavailable" };
  try {
    const whose = await subjectsOf(dbs, w.of, subjects, lookups);
    if (whose === null) return { ...base, status: "required", reason: "no_subject" };
    let abroad = false;
    for (const iin of whose) {
      const r = await lookUp(dbs, w.record, w.of, iin, on, lookups);
      if (!r.found) return { ...base, status: "required", reason: "no_record" };
      if (r.abroad && w.unlessAbroad) abroad = true;
    }
    return abroad
      ? { ...base, status: "required", reason: "registered_abroad" }
      : { ...base, status: "obtained" };
  } catch (error) {
    if (error instanceof Unavailable) return { ...base, status: "unavailable" };
    throw error;
  }
}

/** Calls a port; any failure of the database is "unavailable". */
async function ask<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    throw new Unavailable(error instanceof Error ? error.message : String(error));
  }
}

/** The IINs whose record is asked for; null when there is none to ask about. */
async function subjectsOf(
  dbs: StateDatabases,
  of: RecordWaiver["of"],
  subjects: WaiverSubjects,
  lookups: RecordLookup[],
): Promise<string[] | null> {
  const childIins = (): string[] | null => {
    const iins = subjects.children.map((c) => c.iin);
    return iins.length > 0 && iins.every((i): i is string => i !== undefined) ? iins : null;
  };
  switch (of) {
    case "applicant":
      return [subjects.applicantIin];
    case "child":
      return childIins();
    case "spouse": {
      const a = await ask(() => dbs.civil.marriages(subjects.applicantIin));
      const last = a.found ? a.data?.at(-1) : undefined;
      const spouse = last ? (last.husbandIin === subjects.applicantIin ? last.wifeIin : last.husbandIin) : "";
      lookups.push({
        asked: "spouse",
        iin: subjects.applicantIin,
        found: spouse !== "",
        ...(last ? { recordNumber: last.recordNumber } : {}),
        source: a.source,
        queriedAt: a.queriedAt,
      });
      return spouse ? [spouse] : null;
    }
    case "other_parent": {
      const children = childIins();
      if (!children) return null;
      const others: string[] = [];
      for (const child of children) {
        const a = await ask(() => dbs.civil.birthOf(child));
        const b = a.found ? a.data : undefined;
        const parents = b ? [b.motherIin, b.fatherIin] : [];
        const other =
          b && parents.includes(subjects.applicantIin)
            ? (parents.find((p) => p !== null && p !== subjects.applicantIin) ?? null)
            : null;
        lookups.push({
          asked: "other_parent",
          iin: child,
          found: other !== null,
          ...(b ? { recordNumber: b.recordNumber } : {}),
          source: a.source,
          queriedAt: a.queriedAt,
        });
        if (other === null) return null;
        others.push(other);
      }
      return others;
    }
  }
}

async function lookUp(
  dbs: StateDatabases,
  record: WaiverRecord,
  of: RecordWaiver["of"],
  iin: string,
  on: string,
  lookups: RecordLookup[],
): Promise<Found> {
  const abroad = (region: string) => !KAZAKH_REGIONS.has(region);
  let found: Found;
  let meta: { source: StateDbSource; queriedAt: string };
  switch (record) {
    case "birth": {
      const a = await ask(() => dbs.civil.birthOf(iin));
      meta = a;
      found = a.data
        ? { found: true, recordNumber: a.data.recordNumber, abroad: abroad(a.data.regionCode) }
        : { found: false };
      break;
    }
    case "marriage": {
      const a = await ask(() => dbs.civil.marriages(iin));
      meta = a;
      const rows = a.data ?? [];
      // A marriage registered in Kazakhstan, if there is one; else the last one (abroad).
      const r = rows.find((m) => !abroad(m.regionCode)) ?? rows.at(-1);
      found = r
        ? { found: true, recordNumber: r.recordNumber, abroad: abroad(r.regionCode) }
        : { found: false };
      break;
    }
    case "death": {
      const a = await ask(() => dbs.civil.death(iin));
      meta = a;
      found = a.data
        ? { found: true, recordNumber: a.data.recordNumber, abroad: abroad(a.data.regionCode) }
        : { found: false };
      break;
    }
    case "guardianship": {
      const a = await ask(() =>
        of === "applicant" ? dbs.guardianship.asGuardian(iin, on) : dbs.guardianship.asWard(iin, on),
      );
      meta = a;
      const r = a.data?.[0];
      found = r ? { found: true, recordNumber: r.orderNumber } : { found: false };
      break;
    }
    case "kandas": {
      const a = await ask(() => dbs.oralman.byIin(iin));
      meta = a;
      found = a.data ? { found: true, recordNumber: a.data.certificateNumber } : { found: false };
      break;
    }
  }
  lookups.push({
    asked: record,
    iin,
    found: found.found,
    ...(found.recordNumber ? { recordNumber: found.recordNumber } : {}),
    ...(found.abroad ? { abroad: true } : {}),
    source: meta.source,
    queriedAt: meta.queriedAt,
  });
  return found;
}

/** What the portal and the desk are told before submitting: no IINs or record numbers of other persons. */
export interface PublicWaiverAnswer {
  document: string;
  title: Text;
  status: WaiverStatus;
  reason?: WaiverAnswer["reason"];
  system: StateDbSource;
  record: WaiverRecord;
  of: RecordWaiver["of"];
  source: Source;
  declarable?: Text;
}

export function publicAnswer(a: WaiverAnswer, title: Text): PublicWaiverAnswer {
  return {
    document: a.document,
    title,
    status: a.status,
    ...(a.reason ? { reason: a.reason } : {}),
    system: a.system,
    record: a.record,
    of: a.of,
    source: a.source,
    ...(a.declarable ? { declarable: a.declarable } : {}),
  };
}
