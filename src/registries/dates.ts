/**
 * Calendar-day arithmetic on ISO dates (`YYYY-MM-DD`), through the calendar
 * module's day numbers: nothing adds milliseconds by hand.
 * A term in years ends on the same date of the final year; a date that year
 * lacks (29 February) moves to the last day of the month (our reading; the acts do not say).
 */

import { civilFromDay, dayFromCivil, daysInMonth, localDay } from "../calendar/civil.ts";
import { type DayNumber, formatDay, parseDay } from "../calendar/index.ts";

export const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function isIsoDate(value: unknown): value is string {
  if (typeof value !== "string" || !ISO_DATE.test(value)) return false;
  try {
    return formatDay(parseDay(value)) === value;
  } catch {
    return false;
  }
}

export function addDays(iso: string, days: number): string {
  return formatDay(parseDay(iso) + days);
}

export function addYears(iso: string, years: number): string {
  const c = civilFromDay(parseDay(iso));
  const y = c.year + years;
  return formatDay(dayFromCivil(y, c.month, Math.min(c.day, daysInMonth(y, c.month))));
}

/** The Almaty-local date of an instant. */
export function localDate(at: Date): string {
  return formatDay(localDay(at.getTime()));
}

export function dayNumber(iso: string): DayNumber {
  return parseDay(iso);
}
