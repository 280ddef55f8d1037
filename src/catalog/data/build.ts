/**
 * Small constructors that keep the catalogue data readable.
 * The data files build plain objects; `loadCatalog` validates them with the zod schemas.
 */
import type { z } from "zod";
import type { Duration, RegulationVersion, Source, Text } from "../schema.ts";
import type { DurationUnit, SeedId } from "../vocabulary.ts";

/** The input shape of a regulation version, as the data files write it. */
export type VersionInput = z.input<typeof RegulationVersion>;

/** A version of a service, as a seed's data module exports it. */
export interface SeedVersion {
  service: string;
  version: VersionInput;
}

/** A string in Kazakh, Russian and English. */
export function t(kk: string, ru: string, en: string): Text {
  return { kk, ru, en };
}

/** A source: seed, the act's reference, line range (inclusive) and an optional verbatim quote. */
export function src(seed: SeedId, ref: string, from: number, to: number = from, quote?: string): Source {
  return quote === undefined ? { seed, ref, lines: [from, to] } : { seed, ref, lines: [from, to], quote };
}

export function dur(value: number, unit: DurationUnit): Duration {
  return { value, unit };
}

export const minutes = (n: number): Duration => dur(n, "minutes");
export const hours = (n: number): Duration => dur(n, "hours");
export const workingDays = (n: number): Duration => dur(n, "working_days");
export const calendarDays = (n: number): Duration => dur(n, "calendar_days");
export const months = (n: number): Duration => dur(n, "months");
