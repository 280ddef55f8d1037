/** Seed 001: West Kazakhstan akimat resolution No. 122 of 15 April 2016, Annexes 1–9, in the act's order. */
import type { SeedVersion } from "../build.ts";
import { version as nuclearTestVictims } from "./nuclear-test-victims.ts";
import { version as unemployedRegistration } from "./unemployed-registration.ts";

export const versions: SeedVersion[] = [
  { service: "unemployed-registration", version: unemployedRegistration },
  { service: "nuclear-test-victims", version: nuclearTestVictims },
];
