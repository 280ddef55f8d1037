import type { SeedVersion } from "../build.ts";
import { version as fosterFamilyPlacement } from "./foster-family-placement.ts";

/** Seed 000: Akmola regional akimat resolution No. А-7/276 (2018), regulation restated by No. А-8/332 (2019). */
export const versions: SeedVersion[] = [
  { service: "foster-family-placement", version: fosterFamilyPlacement },
];
