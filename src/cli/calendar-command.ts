/**
 * `qyzmet calendar …`:
 *   calendar add <start> <value> <unit> [--schedule provider|state-corporation|portal]
 *   calendar year <YYYY> [--schedule …] [--all] [--json]
 * Common options: --calendar-file <path> (override data; default $QYZMET_CALENDAR_FILE),
 * --lang kk|ru|en (messages; default en). Exit codes: 0 ok, 2 bad input, 1 unexpected failure.
 */

import { badArgs, badSchedule, badUnit, badValue } from "../calendar/errors.ts";
import {
  type Calendar,
  CalendarError,
  type DayInfo,
  formatLocal,
  isScheduleId,
  loadCalendar,
  type Messages,
  parseLocalDateTime,
  type ScheduleId,
  type Unit,
} from "../calendar/index.ts";
import { SCHEDULES } from "../calendar/schedules.ts";

export interface CommandIO {
  out: (s: string) => void;
  err: (s: string) => void;
}

type Lang = keyof Messages;

const USAGE = `Usage:
  qyzmet calendar add <start> <value> <unit> [--schedule provider|state-corporation|portal]
      <start>  local time in Asia/Almaty without offset, e.g. 2024-05-03T10:00
      <unit>   minutes | hours | working_days | calendar_days | months
      prints the deadline as ISO 8601 local time with offset, e.g. 2024-05-06T18:30:00+05:00
  qyzmet calendar year <YYYY> [--schedule …] [--all] [--json]
      lists every holiday, substitute or transferred day off and every transferred working day,
      with its legal source (--all: ordinary weekends too)
Options: --calendar-file <path>   administrator's override file (default: $QYZMET_CALENDAR_FILE)
         --lang kk|ru|en          language of names and messages (default: en)`;

const UNIT_ALIASES: Readonly<Record<string, Unit>> = {
  minutes: "minutes",
  minute: "minutes",
  min: "minutes",
  hours: "hours",
  hour: "hours",
  h: "hours",
  working_days: "working_days",
  working_day: "working_days",
  wd: "working_days",
  calendar_days: "calendar_days",
  calendar_day: "calendar_days",
  cd: "calendar_days",
  months: "months",
  month: "months",
};

export function parseUnit(s: string): Unit {
  const key = s.trim().toLowerCase().replaceAll("-", "_");
  const unit = Object.hasOwn(UNIT_ALIASES, key) ? UNIT_ALIASES[key] : undefined;
  if (unit === undefined) throw badUnit(s);
  return unit;
}

function parseValue(s: string): number {
  if (!/^\d+(?:\.\d+)?$/.test(s.trim())) throw badValue(s);
  return Number(s);
}

interface Parsed {
  positional: string[];
  options: Map<string, string | true>;
}

const VALUE_OPTIONS = new Set(["schedule", "calendar-file", "lang"]);
const FLAG_OPTIONS = new Set(["all", "json", "help"]);

function parseArgs(args: readonly string[]): Parsed {
  const positional: string[] = [];
  const options = new Map<string, string | true>();
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === "-h") {
      options.set("help", true);
      continue;
    }
    if (!a.startsWith("--")) {
      positional.push(a);
      continue;
    }
    const eq = a.indexOf("=");
    const name = eq >= 0 ? a.slice(2, eq) : a.slice(2);
    if (VALUE_OPTIONS.has(name)) {
      const v = eq >= 0 ? a.slice(eq + 1) : args[++i];
      if (v === undefined || v === "") throw badArgs(`--${name} needs a value`);
      options.set(name, v);
    } else if (FLAG_OPTIONS.has(name) && eq < 0) {
      options.set(name, true);
    } else {
      throw badArgs(`unknown option ${a}`);
    }
  }
  return { positional, options };
}

function optString(p: Parsed, name: string): string | undefined {
  const v = p.options.get(name);
  return typeof v === "string" ? v : undefined;
}

function scheduleOption(p: Parsed): ScheduleId {
  const s = optString(p, "schedule") ?? "provider";
  if (!isScheduleId(s)) throw badSchedule(s);
  return s;
}

function langOption(p: Parsed): Lang {
  const l = optString(p, "lang") ?? "en";
  if (l !== "kk" && l !== "ru" && l !== "en")
    throw badArgs(`--lang must be kk, ru or en, not ${JSON.stringify(l)}`);
  return l;
}

function calendarFor(p: Parsed): Calendar {
  const file = optString(p, "calendar-file");
  return loadCalendar(file === undefined ? {} : { file });
}

function provisionalNote(cal: Calendar, year: number): string | null {
  if (!cal.provisionalYears.includes(year)) return null;
  return `note: ${year} is provisional (Kurban Ait's date is an estimate, transfers not yet known); an administrator can supply the official data with --calendar-file`;
}

function runAdd(p: Parsed, io: CommandIO): number {
  if (p.positional.length !== 4) throw badArgs("calendar add needs <start> <value> <unit>");
  const [, startText, valueText, unitText] = p.positional as [string, string, string, string];
  const schedule = scheduleOption(p);
  const start = parseLocalDateTime(startText);
  const value = parseValue(valueText);
  const unit = parseUnit(unitText);
  const cal = calendarFor(p);
  const deadline = cal.add(start, { value, unit }, schedule);
  io.out(formatLocal(deadline));
  const note = provisionalNote(cal, Number(formatLocal(deadline).slice(0, 4)));
  if (note) io.err(note);
  return 0;
}

function status(d: DayInfo): string {
  return d.working ? "working" : "non-working";
}

function runYear(p: Parsed, io: CommandIO, lang: Lang): number {
  if (p.positional.length !== 2) throw badArgs("calendar year needs <YYYY>");
  const yearText = p.positional[1]!;
  if (!/^\d{4}$/.test(yearText)) throw badArgs(`the year must be YYYY, not ${JSON.stringify(yearText)}`);
  const year = Number(yearText);
  const schedule = scheduleOption(p);
  const cal = calendarFor(p);
  const days = cal.year(year, schedule, { includeRestDays: p.options.has("all") });
  const sched = SCHEDULES[schedule];
  if (p.options.has("json")) {
    io.out(
      JSON.stringify(
        {
          year,
          schedule,
          regime: sched.regime,
          workingDays: cal.workingDaysInYear(year, schedule),
          provisional: cal.provisionalYears.includes(year),
          days,
        },
        null,
        2,
      ),
    );
    return 0;
  }
  io.out(
    `# ${year}, schedule ${schedule} (${sched.regime} week): ${cal.workingDaysInYear(year, schedule)} working days`,
  );
  const note = provisionalNote(cal, year);
  if (note) io.out(`# ${note}`);
  for (const d of days) {
    if (d.reasons.length === 0) {
      io.out(`${d.date} ${d.weekday} ${status(d).padEnd(11)} rest-day`);
      continue;
    }
    for (const r of d.reasons) {
      io.out(
        `${d.date} ${d.weekday} ${status(d).padEnd(11)} ${r.kind.padEnd(16)} ${r.name[lang]} — ${r.source}${r.estimated ? " [estimated]" : ""}`,
      );
    }
  }
  return 0;
}

export async function calendarCommand(args: string[], io: CommandIO): Promise<number> {
  const rest = args[0] === "calendar" ? args.slice(1) : args;
  let lang: Lang = "en";
  try {
    const p = parseArgs(rest);
    lang = langOption(p);
    const sub = p.positional[0];
    if (p.options.has("help") || sub === "help") {
      io.out(USAGE);
      return 0;
    }
    if (sub === "add") return runAdd(p, io);
    if (sub === "year") return runYear(p, io, lang);
    throw badArgs(
      sub === undefined ? "missing subcommand (add or year)" : `unknown subcommand ${JSON.stringify(sub)}`,
    );
  } catch (e) {
    if (e instanceof CalendarError) {
      io.err(`${e.code}: ${e.messages[lang]}`);
      if (e.code === "CALENDAR_BAD_ARGS") io.err(USAGE);
      return 2;
    }
    io.err(`calendar: unexpected failure: ${e instanceof Error ? e.message : String(e)}`);
    return 1;
  }
}
