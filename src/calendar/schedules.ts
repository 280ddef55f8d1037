/**
 * Working schedules from the state service standards (see the standards'
 * row "working schedule", e.g. seed 003, lines 1952–1976 and 2485–2500).
 */
import type { Regime } from "./data.ts";
import { badSchedule, type Messages } from "./errors.ts";

export const SCHEDULE_IDS = ["provider", "state-corporation", "portal"] as const;
export type ScheduleId = (typeof SCHEDULE_IDS)[number];

export interface Schedule {
  id: ScheduleId;
  regime: Regime;
  /** Working intervals of a working day, in local minutes since midnight, [start, end), ascending. */
  intervals: readonly (readonly [number, number])[];
  /** Requests are received around the clock but count as received at the next working moment. */
  rollover: boolean;
  name: Messages;
  source: string;
}

const PROVIDER_INTERVALS = [
  [9 * 60, 13 * 60],
  [14 * 60 + 30, 18 * 60 + 30],
] as const;

export const SCHEDULES: Readonly<Record<ScheduleId, Schedule>> = {
  provider: {
    id: "provider",
    regime: "five-day",
    intervals: PROVIDER_INTERVALS,
    rollover: false,
    name: { kk: "Көрсетілетін қызметті беруші", ru: "Услугодатель", en: "Service provider" },
    source:
      "State service standards, row 'working schedule': Monday to Friday 9:00–18:30 with a lunch break 13:00–14:30, except days off and holidays under the labour legislation",
  },
  "state-corporation": {
    id: "state-corporation",
    regime: "six-day",
    intervals: [[9 * 60, 20 * 60]],
    rollover: false,
    name: {
      kk: "«Азаматтарға арналған үкімет» мемлекеттік корпорациясы",
      ru: "Государственная корпорация «Правительство для граждан»",
      en: "State Corporation 'Government for Citizens'",
    },
    source:
      "State service standards, row 'working schedule': Monday to Saturday 9:00–20:00 without a lunch break, except Sundays and holidays under the labour legislation",
  },
  portal: {
    id: "portal",
    regime: "five-day",
    intervals: PROVIDER_INTERVALS,
    rollover: true,
    name: { kk: "www.egov.kz порталы", ru: "Портал www.egov.kz", en: "Portal www.egov.kz" },
    source:
      "State service standards, row 'working schedule': the portal works around the clock except technical breaks; a request made after working hours, on a day off or a holiday is accepted, and the result issued, on the next working day (the provider's working hours)",
  },
};

export function isScheduleId(s: unknown): s is ScheduleId {
  return typeof s === "string" && (SCHEDULE_IDS as readonly string[]).includes(s);
}

export function scheduleOf(id: unknown): Schedule {
  if (!isScheduleId(id)) throw badSchedule(id);
  return SCHEDULES[id];
}
