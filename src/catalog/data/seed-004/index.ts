import type { SeedVersion } from "../build.ts";
import { version as adoptionCandidateRegistration } from "./adoption-candidate-registration.ts";
import { version as patronagePlacement } from "./patronage-placement.ts";

/** Seed 004: Zhambyl regional akimat resolution No. 332 of 31 December 2015 (annexes 1 and 2). */
export const versions: SeedVersion[] = [
  { service: "patronage-placement", version: patronagePlacement },
  { service: "adoption-candidate-registration", version: adoptionCandidateRegistration },
];
