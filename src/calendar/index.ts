/**
 * Legal time: Kazakhstan's production calendar and the deadline calculus.
 * Everything a deadline needs comes from here; see README.md.
 */
export {
  type AddOptions,
  Calendar,
  checkDuration,
  type DayInfo,
  type Duration,
  isUnit,
  UNITS,
  type Unit,
} from "./calendar.ts";
export {
  ALMATY_UTC5_SINCE,
  almatyOffsetMs,
  type DayNumber,
  formatDay,
  formatLocal,
  type Instant,
  parseDay,
  parseInstant,
  parseLocalDateTime,
} from "./civil.ts";
export { type ClockEvent, type ClockInput, type ClockState, type Remaining, runClock } from "./clock.ts";
export {
  builtinCalendarData,
  CalendarData,
  CalendarOverride,
  type CalendarOverrideInput,
  mergeCalendarData,
  type TransferRow,
} from "./data.ts";
export { CalendarError, type CalendarErrorCode, type Messages } from "./errors.ts";
export { HOLIDAY_RULES, type HolidayRule } from "./holidays.ts";
export {
  CALENDAR_FILE_ENV,
  defaultCalendar,
  loadCalendar,
  loadCalendarData,
  readCalendarOverride,
} from "./load.ts";
export { type DayReason, ProductionCalendar, type Regime } from "./production.ts";
export { isScheduleId, SCHEDULE_IDS, SCHEDULES, type Schedule, type ScheduleId } from "./schedules.ts";
