/**
 * The one place the calendar touches the file system: reading an
 * administrator's override file (next year's transfers and Kurban Ait date)
 * named by the `--calendar-file` option or the QYZMET_CALENDAR_FILE variable.
 */
import { readFileSync } from "node:fs";
import { Calendar } from "./calendar.ts";
import { builtinCalendarData, type CalendarData, mergeCalendarData, parseCalendarOverride } from "./data.ts";
import { badData } from "./errors.ts";

export const CALENDAR_FILE_ENV = "QYZMET_CALENDAR_FILE";

export function readCalendarOverride(path: string) {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (e) {
    throw badData(`cannot read the file: ${(e as Error).message}`, path);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw badData(`not valid JSON: ${(e as Error).message}`, path);
  }
  return parseCalendarOverride(json, path);
}

export interface LoadOptions {
  /** Override file; when absent, `env.QYZMET_CALENDAR_FILE` is used if set. */
  file?: string | null;
  env?: Readonly<Record<string, string | undefined>>;
}

export function loadCalendarData(options: LoadOptions = {}): CalendarData {
  const env = options.env ?? process.env;
  const file = options.file ?? env[CALENDAR_FILE_ENV] ?? null;
  const base = builtinCalendarData();
  return file ? mergeCalendarData(base, readCalendarOverride(file)) : base;
}

/** Builds a calendar from the built-in data and the override file, if any (validated). */
export function loadCalendar(options: LoadOptions = {}): Calendar {
  return new Calendar(loadCalendarData(options));
}

let cached: { key: string; calendar: Calendar } | undefined;

/** The process-wide calendar (built-in data + QYZMET_CALENDAR_FILE), built once. */
export function defaultCalendar(): Calendar {
  const key = process.env[CALENDAR_FILE_ENV] ?? "";
  if (cached?.key !== key) cached = { key, calendar: loadCalendar() };
  return cached.calendar;
}
