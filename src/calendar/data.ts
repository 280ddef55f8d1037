/**
 * The calendar's yearly data: Kurban Ait's date for each year and the official
 * transfers of days off. The built-in tables are `data/*.json`; an
 * administrator adds next year's rows without a release in an override file
 * (same shape, see README) that `load.ts` reads and `mergeCalendarData` applies.
 */
import { z } from "zod";
import { daysInMonth } from "./civil.ts";
import kurbanAitJson from "./data/kurban-ait.json" with { type: "json" };
import transfersJson from "./data/transfers.json" with { type: "json" };
import { badData } from "./errors.ts";

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "ISO date YYYY-MM-DD")
  .refine(
    (s) => {
      const [y = 0, m = 0, d = 0] = s.split("-").map(Number);
      return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
    },
    { message: "not a calendar date" },
  );

export const Regime = z.enum(["five-day", "six-day"]);
export type Regime = z.infer<typeof Regime>;

export const KurbanAitRow = z.strictObject({
  year: z.number().int().min(2015).max(2100),
  date: isoDate,
  /** true while the date is a computed estimate, not yet officially fixed. */
  estimated: z.boolean().default(false),
  source: z.string().min(1),
});
export type KurbanAitRow = z.infer<typeof KurbanAitRow>;

export const ActRef = z.strictObject({
  issuer: z.enum(["government", "ministry-of-labour"]),
  kind: z.enum(["decree", "order"]),
  /** The act's number; null when not known (never guessed). */
  number: z.string().min(1).nullable(),
  date: isoDate.nullable(),
  title: z.string().min(1).nullable(),
  /** Adilet registry code of the act, when known. */
  registry: z.string().min(1).nullable(),
});
export type ActRef = z.infer<typeof ActRef>;

export const TransferRow = z.strictObject({
  id: z.string().min(1),
  /** A day off (weekly rest day or substitute day off) made a working day. */
  workingDay: isoDate,
  /** A working day made a day off. */
  dayOff: isoDate,
  /** Working-week regimes the transfer applies to (default: the five-day week). */
  regimes: z.array(Regime).min(1).default(["five-day"]),
  act: ActRef,
  /** false when any part of the citation is not verified; `note` says which. */
  certain: z.boolean(),
  note: z.string().default(""),
});
export type TransferRow = z.infer<typeof TransferRow>;

export const CalendarData = z.strictObject({
  kurbanAit: z.array(KurbanAitRow),
  transfers: z.array(TransferRow),
});
export type CalendarData = z.infer<typeof CalendarData>;

/** An administrator's override file: rows replace built-in rows with the same year / id. */
export const CalendarOverride = z.strictObject({
  $comment: z.string().optional(),
  kurbanAit: z.array(KurbanAitRow).default([]),
  transfers: z.array(TransferRow).default([]),
  /** ids of built-in transfers to drop (e.g. a corrected act). */
  removeTransfers: z.array(z.string()).default([]),
});
export type CalendarOverride = z.infer<typeof CalendarOverride>;
export type CalendarOverrideInput = z.input<typeof CalendarOverride>;

function formatIssues(error: z.ZodError): string {
  return error.issues.map((i) => `${i.path.join(".") || "(root)"}: ${i.message}`).join("; ");
}

export function parseCalendarData(input: unknown, where = "built-in data"): CalendarData {
  const r = CalendarData.safeParse(input);
  if (!r.success) throw badData(formatIssues(r.error), where);
  return r.data;
}

export function parseCalendarOverride(input: unknown, where = "override"): CalendarOverride {
  const r = CalendarOverride.safeParse(input);
  if (!r.success) throw badData(formatIssues(r.error), where);
  return r.data;
}

/** Applies an override: same-year Kurban Ait rows and same-id transfers replace built-in ones. */
export function mergeCalendarData(base: CalendarData, override: CalendarOverride): CalendarData {
  const kurban = new Map(base.kurbanAit.map((r) => [r.year, r]));
  for (const r of override.kurbanAit) kurban.set(r.year, r);
  const removed = new Set(override.removeTransfers);
  const transfers = new Map(base.transfers.filter((t) => !removed.has(t.id)).map((t) => [t.id, t]));
  for (const t of override.transfers) transfers.set(t.id, t);
  return {
    kurbanAit: [...kurban.values()].sort((a, b) => a.year - b.year),
    transfers: [...transfers.values()].sort((a, b) => (a.workingDay < b.workingDay ? -1 : 1)),
  };
}

let builtin: CalendarData | undefined;

/** The built-in tables (validated once). */
export function builtinCalendarData(): CalendarData {
  builtin ??= parseCalendarData({ kurbanAit: kurbanAitJson.kurbanAit, transfers: transfersJson.transfers });
  return builtin;
}
