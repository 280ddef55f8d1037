/**
 * Seed 003's documents that the act requires only "when the АХАЖ registration point information system has
 * no record" ("АХАЖ АЖ-да мәліметтер болмаған жағдайда / кезде"): the record each one is replaced by, with
 * the act's words. Intake looks the record up itself (src/engine/waivers.ts).
 */
import type { RecordWaiver, Text, WaiverRecord } from "../../schema.ts";
import { src, t } from "../build.ts";

type Of = RecordWaiver["of"];

/** A document not required when the record exists; `quote` is the act's condition, verbatim. */
export function ifNoRecord(
  record: WaiverRecord,
  of: Of,
  ref: string,
  lines: [number, number],
  quote: string,
  opts: { unlessAbroad?: boolean; declarable?: Text } = {},
): RecordWaiver {
  const source = src("003", ref, lines[0], lines[1], quote) as RecordWaiver["source"];
  return {
    record,
    of,
    ...(opts.unlessAbroad ? { unlessAbroad: true } : {}),
    ...(opts.declarable ? { declarable: opts.declarable } : {}),
    source,
  };
}

/** A marriage certificate: only a married applicant has one (the lists ask for the spouse's consent "if married"). */
export const NOT_MARRIED = t(
  "Өтініш беруші некеде тұрмайды",
  "Заявитель не состоит в браке",
  "The applicant is not married",
);

/** A marriage or divorce certificate: neither exists for an applicant who has never married. */
export const NEVER_MARRIED = t(
  "Өтініш беруші ешқашан некеде тұрмаған",
  "Заявитель никогда не состоял в браке",
  "The applicant has never been married",
);

/** 003 List annex 6, row 8, after sub-p. 10 (lines 2788–2799): the birth certificate is not required. */
export const CHILD_IN_ORPHANS_ORGANISATION = t(
  "Бала жетім балалар мен ата-анасының қамқорлығынсыз қалған балаларға арналған білім беру ұйымында тұрады",
  "Ребенок находится в организации образования для детей-сирот и детей, оставшихся без попечения родителей",
  "The child lives in an education organisation for orphans and children left without parental care",
);
